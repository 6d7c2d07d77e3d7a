import { describe, expect, it } from 'vitest';
import { isPersonalKey, pageReportFileName, scrubScriptText } from '../../src/core/page-report';

describe('scrubScriptText: the shopper out, the product in', () => {
  it('blanks names, addresses, phones, e-mails and session secrets in every assignment form', () => {
    const script = [
      'window.g_config = {"userNick":"张三","buyerAddress":"上海市浦东新区世纪大道100号","mobile":"13800138000","uid":12345678};',
      "var login = { nickName: '小明', email: 'ming@example.com', _tb_token_: 'e3b0c442' };",
      'pin = "jd_zhangsan"; document.cookie_ = "cna=abc"; var csrfToken="x1y2";',
    ].join('\n');
    const out = scrubScriptText(script);
    for (const secret of [
      '张三',
      '世纪大道',
      '13800138000',
      '12345678',
      '小明',
      'ming@example.com',
      'e3b0c442',
      'jd_zhangsan',
      'cna=abc',
      'x1y2',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('"userNick":""');
    expect(out).toContain('"uid":0');
    expect(out).toContain("nickName: ''");
    // Still a script the adapters' literal reader can parse.
    expect(JSON.parse(out.slice(out.indexOf('{'), out.indexOf(';')))).toEqual({ userNick: '', buyerAddress: '', mobile: '', uid: 0 });
  });

  it('keeps what the readers need: prices, SKUs, stock, the shop’s own name', () => {
    const script =
      '{"skuMap":{";1:2;":{"price":"399.00","stock":12,"skuId":"4412345602"}},"mobilePrice":"389.00","sellerNickName":"%E9%9B%85","shopName":"雅戈尔官方旗舰店","title":"风衣"}';
    expect(scrubScriptText(script)).toBe(script);
  });

  it.each([
    ['userNick', true],
    ['receiverAddress', true],
    ['phone', true],
    ['mobile', true],
    ['sellerNickName', false],
    ['shopName', false],
    ['mobilePrice', false],
    ['price', false],
    ['skuId', false],
    ['itemId', false],
  ])('%s is personal: %s', (key, personal) => expect(isPersonalKey(key)).toBe(personal));

  it('names the file after the product and the moment', () => {
    expect(pageReportFileName({ site: 'jd', itemId: '100012043978' }, '2026-11-16T02:00:00.000Z')).toBe(
      'fanchang-radar-report-jd-100012043978-20261116-0200.json',
    );
  });
});
