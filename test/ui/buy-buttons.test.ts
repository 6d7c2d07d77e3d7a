// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BUY_BUTTON_SELECTORS, findBuyButtonRects } from '../../src/ui/panel/buy-buttons';

describe('findBuyButtonRects', () => {
  it('finds each kind of buy control once: by the sites’ selectors and by its words', async () => {
    document.body.innerHTML = `
      <a id="InitCartUrl" href="#">加入购物车</a>
      <div class="Actions--x1"><button>立即购买</button></div>
      <button class="add-to-cart">Add to cart</button>
      <a href="#">查看评价</a>
      <span role="button">领券购买</span>`;
    // JD's id, Tmall's hashed class, a shop's class and a control named by its words; not 查看评价.
    let pauses = 0;
    expect(await findBuyButtonRects(document, async () => void pauses++)).toHaveLength(4);
    // The sites' selectors in several queries, a task each.
    expect(pauses).toBeGreaterThanOrEqual(3);
  });

  it('has only selectors a browser accepts, so the one query for all of them never throws', () => {
    for (const selector of BUY_BUTTON_SELECTORS) expect(() => document.querySelector(selector)).not.toThrow();
  });
});
