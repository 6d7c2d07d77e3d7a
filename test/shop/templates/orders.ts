import { escapeHtml } from './escape';

/**
 * The shopper's own JD order detail page (details.jd.com/normal/item.action?orderid=…), in the
 * structure tests/fixtures/orders/jd-order-detail.html has, dated by the moment the test chooses.
 * It carries a consignee, address, phone and waybill on purpose: none of them may be kept.
 */
export interface OrderItem {
  sku: string;
  title: string;
  price: number;
  quantity: number;
}

export interface JdOrder {
  orderRef: string;
  /** ISO instant of the order. */
  orderedAt: string;
  shop: string;
  items: OrderItem[];
}

/** The personal data every rendered order page shows (and the extension must never keep). */
export const ORDER_PERSONAL_DATA = ['王小明', '北京市海淀区中关村南大街27号', '13800138000', 'JDX000123456789'];

function chinaTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
}

export function renderJdOrderDetail(order: JdOrder): string {
  const rows = order.items
    .map(
      (i) =>
        `<tr><td><div class="p-name"><a href="//item.jd.com/${i.sku}.html">${escapeHtml(i.title)}</a></div></td><td>${i.sku}</td><td>¥${i.price.toFixed(2)}</td><td>0</td><td>${i.quantity}</td><td><a href="#">申请售后</a></td></tr>`,
    )
    .join('\n');
  const total = order.items.reduce((s, i) => s + i.price * i.quantity, 0);
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>订单详情 - 京东</title>
<style>body{font:14px/1.6 "PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#333}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:8px}.shop-name{font-weight:bold;margin:12px 0}</style>
</head><body>
<div id="container"><div class="w">
  <h2>订单详情</h2>
  <div class="state-top"><h3 class="state-txt">已完成</h3></div>
  <div class="order-info"><ul><li>订单编号：${order.orderRef}</li><li>下单时间：${chinaTime(order.orderedAt)}</li></ul></div>
  <div class="consignee-info"><div class="item">收货人：${ORDER_PERSONAL_DATA[0]}</div><div class="item">地址：${ORDER_PERSONAL_DATA[1]}</div><div class="item">手机号码：${ORDER_PERSONAL_DATA[2]}</div></div>
  <div class="p-info">承运人：京东快递 货运单号：${ORDER_PERSONAL_DATA[3]}</div>
  <div class="shop-name">${escapeHtml(order.shop)}</div>
  <table class="tb-void"><thead><tr><th>商品</th><th>商品编号</th><th>京东价</th><th>京豆</th><th>商品数量</th><th>操作</th></tr></thead>
  <tbody>${rows}</tbody></table>
  <div class="total"><ul><li>商品总额：¥${total.toFixed(2)}</li><li>应付总额：¥${total.toFixed(2)}</li></ul></div>
</div></div>
</body></html>`;
}

/** JD's price-protection page, where the claim alert's click lands. */
export function renderJdPriceProtectPage(): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>价格保护 - 京东</title></head>
<body><h1>价格保护</h1><p>选择订单中降价的商品，申请价保。</p></body></html>`;
}
