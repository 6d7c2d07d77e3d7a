import { describe, expect, it } from 'vitest';
import { checkProduct, type FetchCheckDeps } from '../../../src/background/watch/fetch-check';
import { inPlaceReader, type PageReader } from '../../../src/background/watch/page-reader';
import { HostGate } from '../../../src/background/watch/politeness';
import { FixtureShop } from '../../shop/fixture-shop';
import { hoodie } from '../../shop/catalog';
import { renderJdItemPage } from '../../shop/templates/jd';
import { parser, requestUrl, shopFetch } from './harness';

const target = { site: 'jd' as const, itemId: '100038004353', skuId: '100038004354', url: '' };

function deps(fetch: typeof globalThis.fetch): FetchCheckDeps {
  return {
    fetch,
    gate: new HostGate({ maxConcurrent: 2, minGapMs: 0 }),
    reader: inPlaceReader(parser),
    now: () => new Date('2026-11-20T02:00:00Z'),
  };
}

function shop(): FixtureShop {
  const s = new FixtureShop();
  s.addLive(hoodie());
  return s;
}

describe('checkProduct', () => {
  it('reads the SKU page and the price service into one snapshot', async () => {
    const outcome = await checkProduct(target, deps(shopFetch(shop())));
    expect(outcome.kind).toBe('read');
    if (outcome.kind !== 'read') return;
    expect(outcome).toMatchObject({ host: 'item.jd.com', pageUrl: 'https://item.jd.com/100038004354.html' });
    expect(outcome.snapshot).toMatchObject({ itemId: '100038004354', price: 299 });
    expect(outcome.snapshot.skus.find((s) => s.skuId === '100038004354')?.available).toBe(false);
  });

  it('calls a redirect to the login page a wall, without following it', async () => {
    const s = shop();
    s.loginWalled.add('item.jd.com');
    const log: string[] = [];
    const outcome = await checkProduct(target, deps(shopFetch(s, log)));
    expect(outcome).toMatchObject({ kind: 'wall', reason: 'login', host: 'item.jd.com' });
    expect(log.some((u) => u.includes('passport.jd.com'))).toBe(false);
  });

  it('calls a verification page a wall', async () => {
    const fetch: typeof globalThis.fetch = async () =>
      new Response('<html><head><title>京东验证</title></head><body>验证一下，购物无忧</body></html>', { status: 200 });
    expect(await checkProduct(target, deps(fetch))).toMatchObject({ kind: 'wall', reason: 'anti-bot', evidence: '京东验证' });
  });

  it.each([
    [404, false],
    [410, false],
    [429, true],
    [503, true],
  ])('fails on HTTP %s (host at fault: %s)', async (status, hostFault) => {
    const fetch: typeof globalThis.fetch = async () => new Response('', { status });
    expect(await checkProduct(target, deps(fetch))).toMatchObject({ kind: 'failed', message: `HTTP ${status}`, hostFault });
  });

  it('fails as a network error when the page cannot be reached at all', async () => {
    let calls = 0;
    const fetch: typeof globalThis.fetch = async () => {
      calls++;
      throw new TypeError('Failed to fetch');
    };
    expect(await checkProduct(target, deps(fetch))).toMatchObject({
      kind: 'failed',
      hostFault: true,
      message: 'network error: Failed to fetch',
    });
    expect(calls).toBe(1);
  });

  it('keeps the page when the price service fails, with a warning', async () => {
    const s = shop();
    const working = shopFetch(s);
    const fetch: typeof globalThis.fetch = async (input, init) =>
      requestUrl(input).includes('p.3.cn') ? new Response('', { status: 502 }) : working(input, init);
    const outcome = await checkProduct(target, deps(fetch));
    expect(outcome.kind).toBe('read');
    if (outcome.kind === 'read') {
      expect(outcome.snapshot.price).toBeNull();
      expect(outcome.snapshot.warnings).toContain('p.3.cn did not answer (HTTP 502)');
    }
  });

  it('decodes a GBK page by its declared charset', async () => {
    const html = renderJdItemPage(hoodie(), { skuId: '100038004354' }).replace('<meta charset="utf-8">', '');
    const gbk = encodeGbk(html);
    const fetch: typeof globalThis.fetch = async (input) =>
      requestUrl(input).includes('p.3.cn')
        ? new Response('[]')
        : new Response(gbk, { headers: { 'content-type': 'text/html; charset=gbk' } });
    const outcome = await checkProduct(target, deps(fetch));
    expect(outcome.kind === 'read' && outcome.snapshot.title).toContain('连帽加绒卫衣男');
  });
});

/** GBK bytes for a string, found by decoding every double-byte code (Node has no GBK encoder). */
function encodeGbk(text: string): Uint8Array<ArrayBuffer> {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

describe('checkProduct with a broken reader', () => {
  it('fails the page, not the host, when the reader throws', async () => {
    const broken: FetchCheckDeps = {
      ...deps(shopFetch(shop())),
      reader: { read: async () => Promise.reject(new Error('Receiving end does not exist.')), release: async () => {} },
    };
    expect(await checkProduct(target, broken)).toMatchObject({
      kind: 'failed',
      hostFault: false,
      message: 'could not read the page: Receiving end does not exist.',
    });
  });
});

describe('a page built to be slow to read', () => {
  it('fails its check once the read budget is spent, instead of holding the round', async () => {
    const s = shop();
    const never: PageReader = { read: () => new Promise(() => {}), release: async () => {} };
    const outcome = await checkProduct(target, { ...deps(shopFetch(s)), reader: never, readBudgetMs: 20 });
    expect(outcome).toMatchObject({ kind: 'failed', hostFault: false, message: 'could not read the page: reading took over 0.02 s' });
  });
});
