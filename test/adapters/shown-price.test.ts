import { describe, expect, it } from 'vitest';
import { readShownPrices, readShownPricesInSteps } from '../../src/adapters/shown-price';
import { decodeEntities } from '../../src/parse';
import { parseHtml } from './load-page';

const page = (body: string) => parseHtml(`<html><body>${body}</body></html>`);
const BUY = '<button>加入购物车</button>';

describe('the generic reader: the prominent price near the title and buy button', () => {
  it.each([
    ['<del>', '<h1>蓝牙耳机</h1><div class="price"><del>¥299</del> <strong>¥199</strong></div>' + BUY, 199, 299],
    ['<s>', '<h1>耳机</h1><p><s>$89.00</s> <b>$59.00</b></p><button>Add to cart</button>', 59, 89],
    [
      'a line-through style',
      '<h1>耳机</h1><div><span style="text-decoration: line-through">￥399</span><em class="now">￥259</em></div>' + BUY,
      259,
      399,
    ],
    [
      'a line-through class',
      '<h1>Voucher</h1><div class="priceBox"><div class="original line-through">$410</div><div class="current">$210 起</div></div><a href="#">馬上購買</a>',
      210,
      410,
    ],
    ['原价 label', '<h1>面霜</h1><div class="summary"><span class="p">¥129</span><span>原价</span><span>¥189</span></div>' + BUY, 129, 189],
    ['吊牌价 label', '<h1>T恤</h1><div><span class="sale-price">¥79</span> <span>吊牌价¥159</span></div>' + BUY, 79, 159],
    [
      'UVP label',
      '<h1>Hochdruckreiniger</h1><div><span>UVP</span> <span class="old">€ 149,99</span><span class="amount">€ 119,01</span></div><button>In den Warenkorb</button>',
      119.01,
      149.99,
    ],
    ['"statt" in one line', '<h1>Hemd</h1><p class="price">Jetzt 59,00 € statt 89,00 €</p><button>In den Warenkorb</button>', 59, 89],
    [
      'RRP label',
      '<h1>Kettle</h1><div class="price-box"><span class="price">£35.00</span> <span>RRP £50.00</span></div><button>Add to basket</button>',
      35,
      50,
    ],
    ['no list price', '<h1>Kettle</h1><div class="price">£35.00</div><button>Add to basket</button>', 35, null],
  ])('%s', (_why, body, price, listPrice) => {
    const shown = readShownPrices(page(body));
    expect(shown.price?.amount).toBe(price);
    expect(shown.listPrice).toBe(listPrice);
  });

  it('never takes a price from recommendation, review or shop modules, or a link to another product', () => {
    const body = `
      <div class="recommend-list"><div class="price">¥9.90</div></div>
      <div class="shop-banner"><span class="price">¥1</span></div>
      <a href="https://item.example/2.html"><span class="price">¥19</span></a>
      <h1>保温杯</h1><div class="p-price"><span class="price">¥89</span></div>${BUY}
      <div id="comment"><p class="price">¥50 买的，值</p></div>`;
    expect(readShownPrices(page(body)).price?.amount).toBe(89);
  });

  it('says nothing without a title or buy button to stand near, or without any price', () => {
    expect(readShownPrices(page('<div class="price">¥89</div>')).price).toBeNull();
    expect(readShownPrices(page(`<h1>保温杯</h1>${BUY}`))).toEqual({ price: null, listPrice: null, areaAmounts: [] });
  });

  it('finds the area that shows a known price, and reports what that area shows', () => {
    const body = `<h1>保温杯</h1><div class="box"><span class="price">¥89</span><del>¥129</del></div>${BUY}`;
    expect(readShownPrices(page(body), { knownPrice: 89 })).toEqual({
      price: { amount: 89, currency: 'CNY' },
      listPrice: 129,
      areaAmounts: [89, 129],
    });
    const other = readShownPrices(page(body), { knownPrice: 79 });
    expect(other.price).toBeNull();
    expect(other.areaAmounts).toContain(89);
  });

  it('ignores amounts in another currency than the page data states', () => {
    expect(readShownPrices(page(`<h1>x</h1><div class="price">US$89</div>${BUY}`), { currency: 'CNY' }).price).toBeNull();
  });
});

describe('readShownPricesInSteps', () => {
  it('reads a long page in parts, pausing between them, and finds a price far from the title', () => {
    const filler = '<i>·</i>'.repeat(5000);
    const doc = page(`<h1>保温杯</h1>${filler}<div class="box"><span class="price">¥89</span></div>${BUY}`);
    const steps = readShownPricesInSteps(doc, { title: '保温杯', knownPrice: 89 });
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // The landmark window, then the whole page in parts of 1,500 elements.
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(step.value.price).toEqual({ amount: 89, currency: 'CNY' });
    expect(step.value).toEqual(readShownPrices(doc, { title: '保温杯', knownPrice: 89 }));
  });

  it('says nothing when the price it found was taken off the page while it read the rest', () => {
    // The price lies past the title's window, early in the whole page's pass, with thousands of elements after it.
    const body = `<h1>保温杯</h1>${'<i>·</i>'.repeat(1500)}<div class="box"><span class="price">¥89</span>${BUY}</div>${'<i>·</i>'.repeat(5000)}`;
    const read = (doc: Document) => readShownPricesInSteps(doc, { title: '保温杯', knownPrice: 89 });
    let pauses = 0;
    const untouched = read(page(body));
    while (!untouched.next().done) pauses++;
    const doc = page(body);
    const steps = read(doc);
    // Two pauses before the end the price has long been read; then the shop re-renders its price area.
    for (let i = 0; i < pauses - 2; i++) steps.next();
    doc.querySelector('.box')!.remove();
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value).toEqual({ price: null, listPrice: null, areaAmounts: [] });
    // Left alone, the same page shows the price.
    expect(readShownPrices(page(body), { title: '保温杯', knownPrice: 89 }).price).toEqual({ amount: 89, currency: 'CNY' });
  });
});

describe('decodeEntities', () => {
  it.each([
    ['Black &amp; Silver', 'Black & Silver'],
    ['Black &amp;amp; Silver', 'Black & Silver'],
    ['Tom&#39;s &quot;best&quot; &#x4E2D;', 'Tom\'s "best" 中'],
    ['AT&T & co', 'AT&T & co'],
    ['&unknown; &#0; &#xD800;', '&unknown; &#0; &#xD800;'],
  ])('%s', (raw, decoded) => expect(decodeEntities(raw)).toBe(decoded));
});
