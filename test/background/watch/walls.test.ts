import { describe, expect, it } from 'vitest';
import { classifyFetchedPage } from '../../../src/background/watch/walls';
import { hoodie } from '../../shop/catalog';
import { renderJdItemPage } from '../../shop/templates/jd';

const productPage = renderJdItemPage(hoodie());

describe('classifyFetchedPage', () => {
  it.each([
    ['a JD product page', 'https://item.jd.com/100038004353.html', productPage, 'page', null],
    ['a redirect to JD login', 'https://passport.jd.com/new/login.aspx?ReturnUrl=x', '<html>登录</html>', 'wall', 'login'],
    ['a redirect to Taobao login', 'https://login.taobao.com/member/login.jhtml?redirectURL=x', '', 'wall', 'login'],
    ['JD risk handler', 'https://cfe.m.jd.com/privatedomain/risk_handler/03101900/?returnurl=x', '', 'wall', 'anti-bot'],
    [
      '京东验证 page',
      'https://item.jd.com/1.html',
      '<html><head><title>京东验证</title></head><body>请完成验证</body></html>',
      'wall',
      'anti-bot',
    ],
    [
      'an mtop anti-bot answer',
      'https://item.taobao.com/item.htm?id=1',
      'mtopjsonp1({"ret":["RGV587_ERROR::SM::哎哟喂,被挤爆啦,请稍后重试"]})',
      'wall',
      'anti-bot',
    ],
    [
      'a Taobao punish page',
      'https://item.taobao.com/item.htm?id=1',
      '<script>location.href="https://item.taobao.com//_____tmd_____/punish?x5secdata=abc"</script>',
      'wall',
      'anti-bot',
    ],
    [
      'a small page that sends the visitor to log in',
      'https://item.jd.com/1.html',
      '<script>window.location.href="https://passport.jd.com/new/login.aspx?ReturnUrl=1"</script>',
      'wall',
      'login',
    ],
    [
      'a large page that merely links to login',
      'https://item.jd.com/1.html',
      `<a href="https://passport.jd.com/new/login.aspx">请登录</a>${'x'.repeat(70_000)}`,
      'page',
      null,
    ],
    ['an unreadable final URL', 'not a url', productPage, 'page', null],
  ])('%s', (_label, url, body, kind, reason) => {
    const verdict = classifyFetchedPage(url, body);
    expect(verdict.kind).toBe(kind);
    if (verdict.kind === 'wall') expect(verdict.reason).toBe(reason);
  });
});
