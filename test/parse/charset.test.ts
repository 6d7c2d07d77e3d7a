import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/parse/charset';
import { hasShared, REAL_PAGES_DIR } from '../shared';

describe('decodeHtml', () => {
  it.runIf(hasShared(REAL_PAGES_DIR))('reads the real Tmall page, saved as GBK with no charset label, as GB18030', () => {
    const bytes = readFileSync(`${REAL_PAGES_DIR}/tmall.html`);
    const html = decodeHtml(bytes);
    expect(html.includes('天猫')).toBe(true);
    expect(html.includes('\ufffd')).toBe(false);
  });

  it.runIf(hasShared(REAL_PAGES_DIR))('keeps UTF-8 pages as they are', () => {
    const bytes = readFileSync(`${REAL_PAGES_DIR}/taobao.html`);
    expect(decodeHtml(bytes)).toBe(bytes.toString('utf8'));
  });

  it('prefers the Content-Type header over the page, and a BOM over both', () => {
    const text = '<meta charset="gbk"><p>价格</p>';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeHtml(utf8, 'text/html; charset=UTF-8')).toContain('价格');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeHtml(withBom, 'text/html; charset=gbk')).toContain('价格');
  });

  it('decodes GB2312-labelled bytes (价格 is BC DB B8 F1)', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<meta charset=gb2312><p>'),
      0xbc,
      0xdb,
      0xb8,
      0xf1,
      ...new TextEncoder().encode('</p>'),
    ]);
    expect(decodeHtml(bytes)).toContain('价格');
  });

  it('falls back to UTF-8 for unknown labels and no label', () => {
    expect(decodeHtml(new TextEncoder().encode('<meta charset="x-nonsense">￥199'))).toContain('￥199');
    expect(decodeHtml(new TextEncoder().encode('￥199'))).toBe('￥199');
  });
});
