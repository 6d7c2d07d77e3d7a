import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScrape } from '../../src/cli/run-scrape';
import { ADAPTERS } from '../../src/adapters';
import { readProduct } from '../../src/adapters/read';
import { pageReportOf } from '../../src/content/page-report';
import { completeReport } from '../../src/ui/download-report';
import { parseHtml, readFixture, snapshotOf } from '../adapters/load-page';

const dir = mkdtempSync(join(tmpdir(), 'fanchang-report-'));
const SAVED_AT = '2025-06-20T04:00:00.000Z';

/** What a logged-in shopper's page holds besides the product: their name, address, phone, session. */
function withShopper(html: string): string {
  const personal = [
    '<div class="site-nav-login-info-nick">张三的小店铺</div>',
    '<div id="ttbar-login"><a class="nickname">jd_zhangsan</a></div>',
    '<div class="user-address">上海市浦东新区世纪大道100号</div>',
    '<input name="receiverPhone" value="13800138000">',
    '<script>window.g_user = {"userNick":"张三","mobile":"13800138000","_tb_token_":"e3b0c442"};</script>',
  ].join('\n');
  return html.replace('<body>', `<body>\n${personal}`).replace(/<body([^>]*)>/, (m) => (m === '<body>' ? m : `${m}\n${personal}`));
}

describe('report this page: one file that leaves the shopper out and reproduces the reading', () => {
  it.each([
    ['tmall', 'legacy-apparel.html', 'https://detail.tmall.com/item.htm?id=628112233445'],
    ['jd', 'desktop-apparel.html', 'https://item.jd.com/100038004317.html'],
    ['taobao', 'current-apparel.html', 'https://item.taobao.com/item.htm?id=738291045561'],
  ])('%s %s', (site, name, url) => {
    const html = withShopper(readFixture(site, name));
    expect(html).toContain('13800138000');
    const snapshot = snapshotOf(html, url, new Date(SAVED_AT));
    const adapter = ADAPTERS.find((a) => a.site === site)!;
    const reading = readProduct(adapter, { doc: parseHtml(html), url: new URL(url), now: new Date(SAVED_AT) });
    // What the tab's reader builds, then what the popup or the panel saves.
    const report = completeReport(pageReportOf(parseHtml(html), reading, '0.1.0', SAVED_AT));
    expect(report.snapshot).toEqual(snapshot);
    const text = JSON.stringify(report);
    for (const secret of ['张三', 'jd_zhangsan', '世纪大道', '13800138000', 'e3b0c442']) expect(text).not.toContain(secret);

    const file = join(dir, `${site}-${name}.json`);
    writeFileSync(file, text);
    const out = JSON.parse(runScrape([file]));
    expect(out.report).toMatchObject({ extensionVersion: '0.1.0', savedAt: SAVED_AT, sameReading: true, differentFields: [] });
    expect(out.snapshot).toEqual(snapshot);
  });
});
