import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOP_HOST_PATTERNS } from '../../src/core/hosts';
import { PRODUCTION_EXTENSION_DIR as EXTENSION_DIR } from './browser';

/** What ships: the built Chrome extension, read as a store reviewer would. */
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  host_permissions: string[];
  optional_host_permissions?: string[];
  permissions: string[];
  content_scripts: Array<{ matches: string[]; js: string[] }>;
  content_security_policy?: unknown;
};
const contentScripts = readdirSync(join(EXTENSION_DIR, 'content-scripts')).filter((f) => f.endsWith('.js'));

describe('the built extension', () => {
  it('asks at install only for the built-in shops, never localhost or all URLs', () => {
    expect([...manifest.host_permissions].sort()).toEqual([...SHOP_HOST_PATTERNS].sort());
    const matched = manifest.content_scripts.flatMap((c) => c.matches);
    for (const pattern of [...manifest.host_permissions, ...matched]) {
      expect(pattern).not.toMatch(/localhost|127\.0\.0\.1|<all_urls>|^\*:\/\/\*\//);
    }
    // Other shops: only an optional permission, asked for one origin at a time.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('keeps IndexedDB out of every content script: the store lives in the background only', () => {
    for (const file of contentScripts) {
      const code = readFileSync(join(EXTENSION_DIR, 'content-scripts', file), 'utf8');
      expect(code, file).not.toMatch(/indexedDB|\bDexie\b/);
    }
  });

  it('leaves reading texts for meaning to the background: no category, shelf-life or offer parser runs on a shop page', () => {
    const products = contentScripts.filter((f) => f.startsWith('product-'));
    expect(products.length).toBeGreaterThanOrEqual(5);
    for (const file of products) {
      const code = readFileSync(join(EXTENSION_DIR, 'content-scripts', file), 'utf8');
      // A category keyword, a shelf-life label parseExpiry reads, an offer pattern's coupon words.
      expect(code, file).not.toMatch(/shoe polish|保质期|店铺优惠券/);
    }
    // They ship, for the background (its shared chunks) to use.
    const chunks = readdirSync(join(EXTENSION_DIR, 'chunks')).map((f) => readFileSync(join(EXTENSION_DIR, 'chunks', f), 'utf8'));
    expect(chunks.some((code) => code.includes('shoe polish') && code.includes('店铺优惠券'))).toBe(true);
  });

  it('loads no remote code: every script the pages load is part of the package', () => {
    for (const page of readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
      for (const src of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) expect(src[1], page).not.toMatch(/^(https?:)?\/\//);
    }
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('sends nothing anywhere but the shops: no analytics or telemetry hosts in the code', () => {
    const code = [...contentScripts.map((f) => join('content-scripts', f)), 'background.js']
      .map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8'))
      .join('\n');
    expect(code).not.toMatch(/google-analytics|googletagmanager|sentry\.io|mixpanel|segment\.io|umeng|baidu\.com\/hm/);
  });

  it('carries no test hook: nothing in the shipped code can shift its clock', () => {
    const files = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(readFileSync(join(EXTENSION_DIR, file), 'utf8'), file).not.toContain('radarTestClock');
  });
});
