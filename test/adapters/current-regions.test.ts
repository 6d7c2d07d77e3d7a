import { describe, expect, it } from 'vitest';
import { tmallAdapter } from '../../src/adapters/tmall';
import { NOW, parseHtml } from './load-page';
import { interpretReading } from '../../src/adapters/interpret';
import { readToEnd } from '../../src/adapters/read';

/** A current Tmall page with just enough ICE state to be read as one, and the body given. */
function currentPage(body: string): string {
  const state = {
    loaderData: {
      home: {
        data: {
          res: { item: { itemId: '41238709126', title: '测试商品' }, skuCore: { sku2info: { '0': { price: { priceMoney: '9900' } } } } },
        },
      },
    },
  };
  return `<html><body>${body}<script>window.__ICE_APP_CONTEXT__ = ${JSON.stringify(state)};</script></body></html>`;
}

const lowStockOf = (body: string) =>
  interpretReading(
    readToEnd(
      tmallAdapter.extract({
        doc: parseHtml(currentPage(body)),
        url: new URL('https://detail.tmall.com/item.htm?id=41238709126'),
        now: NOW,
      }),
    ),
  ).signals.lowStockText;

describe('current page text regions', () => {
  it.each([
    ['inside the buy box', '<div class="BasicContent--root--1_NvQmc"><div class="Promotion--root--3qHQalP">仅剩2件</div></div>', '仅剩2件'],
    ['on a page without a buy box', '<div class="Promotion--root--3qHQalP">仅剩2件</div>', '仅剩2件'],
    [
      'with an empty buy box',
      '<div class="BasicContent--root--1_NvQmc"></div><div class="SkuContent--root--2ty7ZVj">仅剩3件</div>',
      '仅剩3件',
    ],
    [
      'outside a buy box that has its own regions',
      '<div class="BasicContent--root--1_NvQmc"><div class="Price--root--1CrVGjc">¥99</div></div><div class="Promotion--root--3qHQalP">仅剩2件</div>',
      null,
    ],
  ])('%s', (_case, body, expected) => expect(lowStockOf(body)).toBe(expected));
});
