import { jdOrderReader } from '../../src/adapters/jd-orders';
import { pinduoduoOrderReader } from '../../src/adapters/pinduoduo-orders';
import { taobaoOrderReader } from '../../src/adapters/taobao-orders';
import type { OrderPageReader } from '../../src/adapters/types';
import { parseHtml, readFixture } from './load-page';

/** The fixture order pages, each with the personal data it holds (which must never be kept). */
export const ORDER_PAGES: ReadonlyArray<{ name: string; file: string; url: string; reader: OrderPageReader; personal: string[] }> = [
  {
    name: 'JD order list',
    file: 'jd-order-list.html',
    url: 'https://order.jd.com/center/list.action',
    reader: jdOrderReader,
    personal: [
      '张小花',
      '李大壮',
      '幸福路88号',
      '世纪大道100号',
      '138****5678',
      '13912345678',
      'JDVA12345678901',
      '618.00',
      'PassKey',
      'ABCDEF0123456789',
    ],
  },
  {
    name: 'JD order detail',
    file: 'jd-order-detail.html',
    url: 'https://details.jd.com/normal/item.action?orderid=298765432101&PassKey=ABCDEF0123456789',
    reader: jdOrderReader,
    personal: ['张小花', '幸福路88号', '138****5678', 'JDVA12345678901', '957.00', '937.00', 'ABCDEF0123456789'],
  },
  {
    name: 'Taobao 已买到的宝贝',
    file: 'taobao-bought.html',
    url: 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
    reader: taobaoOrderReader,
    personal: ['张小花', 'tb_小花88', '13812345678', '文三路99号', '158.00', 'transit_step', '运费险'],
  },
  {
    name: 'Pinduoduo orders',
    file: 'pinduoduo-orders.html',
    url: 'https://mobile.yangkeduo.com/orders.html',
    reader: pinduoduoOrderReader,
    personal: ['张小花', '13812345678', '解放路1号', 'YT1234567890123', '圆通速递', '39.8'],
  },
];

export function readOrderPage(page: (typeof ORDER_PAGES)[number]) {
  return page.reader.read(parseHtml(readFixture('orders', page.file)), new URL(page.url));
}
