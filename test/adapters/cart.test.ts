import { describe, expect, it } from 'vitest';
import { jdCartReader } from '../../src/adapters/jd-cart';
import { taobaoCartReader } from '../../src/adapters/taobao-cart';
import { parseHtml, readFixture } from './load-page';

describe('cart pages', () => {
  it('reads cart.jd.com rows: SKU, title, unit price and quantity', () => {
    const result = jdCartReader.read(parseHtml(readFixture('jd', 'cart.html')), new URL('https://cart.jd.com/cart_index'));
    expect(result).toEqual({
      ok: true,
      warnings: [],
      items: [
        {
          site: 'jd',
          itemId: '100038004317',
          skuId: '100038004317',
          title: '优衣库 男装 圆领T恤(短袖) 455365 纯棉',
          price: 79,
          quantity: 2,
        },
        { site: 'jd', itemId: '100009464821', skuId: '100009464821', title: '三只松鼠 每日坚果 750g/30袋', price: 99.9, quantity: 1 },
      ],
    });
  });

  it('reads cart.taobao.com rows, tells Tmall items by their link, and warns on an unreadable quantity', () => {
    const result = taobaoCartReader.read(parseHtml(readFixture('taobao', 'cart.html')), new URL('https://cart.taobao.com/cart.htm'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items).toEqual([
      {
        site: 'taobao',
        itemId: '738291045561',
        skuId: '5131772100002',
        title: '简约纯棉重磅短袖T恤男夏季宽松圆领打底衫情侣款',
        price: 129,
        quantity: 3,
      },
      { site: 'tmall', itemId: '628112233445', skuId: '4412345602', title: '男士风衣中长款春秋季商务休闲外套', price: 399, quantity: 1 },
    ]);
    expect(result.warnings).toEqual(['cart row 2: quantity unreadable, counted as 1']);
  });

  it.each([
    ['<div class="cart-empty">购物车空空的哦~</div>', 'the cart is empty'],
    ['<form id="login-form">请登录</form>', 'not logged in: the cart shows a login prompt'],
    ['<div id="app"></div>', 'no cart rows found'],
  ])('says why a JD cart page cannot be read: %s', (body, why) => {
    const result = jdCartReader.read(parseHtml(`<html><body>${body}</body></html>`), new URL('https://cart.jd.com/cart_index'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.unreadable).toContain(why);
  });

  it('keeps each SKU of one product on its own line with its own price', () => {
    const row = (sku: string, price: string, qty: number) => `
      <div class="item-content J_ItemContent" data-skuid="${sku}">
        <div class="item-basic-info"><a class="item-title" href="//item.taobao.com/item.htm?id=738291045561">纯棉T恤</a></div>
        <div class="td-price"><em class="price-origin">¥199.00</em><em class="price-now">${price}</em></div>
        <div class="item-amount"><input class="J_ItemAmount" value="${qty}"></div>
      </div>`;
    const doc = parseHtml(
      `<html><body><div id="J_OrderList">${row('5131772100015', '¥89.00', 1)}${row('5131772100016', '¥99.00', 2)}</div></body></html>`,
    );
    const result = taobaoCartReader.read(doc, new URL('https://cart.taobao.com/cart.htm'));
    expect(result.ok && result.items.map((i) => [i.itemId, i.skuId, i.price, i.quantity])).toEqual([
      ['738291045561', '5131772100015', 89, 1],
      ['738291045561', '5131772100016', 99, 2],
    ]);
  });
});
