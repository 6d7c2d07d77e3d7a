import { mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runScrape } from '../../src/cli/run-scrape';
import type { ProductSnapshot, Trap } from '../../src/core/types';

/**
 * Runs an evaluation case (../shared/samples/README.md) through the CLI code: history, profile,
 * cart (and this project's optional cartItems) are written to their own files and passed as flags,
 * exactly as `npm run -s scrape` would be called.
 */
export interface Case {
  page: string;
  url: string;
  now: string;
  history?: unknown;
  profile?: unknown;
  cart?: unknown;
  cartItems?: unknown;
  claims?: unknown;
  expect: { snapshot?: Record<string, unknown>; trapsPresent?: string[]; trapsAbsent?: string[] };
  why?: string;
}

export interface CaseResult {
  snapshot: ProductSnapshot;
  traps: Trap[];
}

export function findCases(root: string): Array<{ name: string; file: string }> {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'case.json')))
    .map((d) => ({ name: d.name, file: join(root, d.name, 'case.json') }));
}

export function readCase(file: string): Case {
  return JSON.parse(readFileSync(file, 'utf8')) as Case;
}

export function runCase(file: string, c: Case): CaseResult {
  const dir = mkdtempSync(join(tmpdir(), 'fanchang-case-'));
  const argv = [resolve(dirname(file), c.page), '--url', c.url, '--now', c.now];
  const inputs: Array<[string, unknown]> = [
    ['history', c.history],
    ['profile', c.profile],
    ['cart', c.cart],
    ['cart-items', c.cartItems],
    ['claims', c.claims],
  ];
  for (const [flag, value] of inputs) {
    if (value === undefined) continue;
    const path = join(dir, `${flag}.json`);
    writeFileSync(path, JSON.stringify(value));
    argv.push(`--${flag}`, path);
  }
  return JSON.parse(runScrape(argv)) as CaseResult;
}

/** A snapshot key of the expectation: the snapshot's own fields, plus skuCount. */
export function snapshotValue(snapshot: ProductSnapshot, key: string): unknown {
  if (key === 'skuCount') return snapshot.skus.length;
  return (snapshot as unknown as Record<string, unknown>)[key];
}
