import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dependency direction of docs/architecture.md, checked on every import in src/:
 * entrypoints -> ui | background -> store -> traps | promo -> adapters -> parse -> core.
 */
const SRC = resolve(import.meta.dirname, '../src');

/** What each folder may import from the others (itself always allowed). */
const MAY_IMPORT: Record<string, string[]> = {
  core: [],
  testing: ['core'],
  parse: ['core'],
  adapters: ['parse', 'core'],
  promo: ['adapters', 'parse', 'core'],
  traps: ['promo', 'adapters', 'parse', 'core'],
  cli: ['traps', 'promo', 'adapters', 'parse', 'core'],
  store: ['traps', 'promo', 'adapters', 'parse', 'core', 'messaging'],
  messaging: ['store', 'traps', 'promo', 'adapters', 'parse', 'core'],
  background: ['store', 'messaging', 'traps', 'promo', 'adapters', 'parse', 'core'],
  content: ['ui', 'messaging', 'adapters', 'parse', 'core'],
  ui: ['messaging', 'store', 'traps', 'promo', 'adapters', 'parse', 'core'],
};

/** Pure folders run in content scripts, the CLI and Vitest alike. */
const PURE = ['core', 'parse', 'adapters', 'promo', 'traps'];
const IMPURE_PACKAGES = /^(wxt(\/|$)|dexie$|preact(\/|$)|@webext-core\/)/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

const files = filesUnder(SRC).map((file) => ({ file, folder: relative(SRC, file).split('/')[0]! }));

describe('the dependency direction', () => {
  it('knows every folder under src/', () => {
    expect(new Set(files.map((f) => f.folder))).toEqual(new Set(Object.keys(MAY_IMPORT)));
  });

  for (const folder of Object.keys(MAY_IMPORT)) {
    it(`${folder}/ imports only ${MAY_IMPORT[folder]!.join(', ') || 'itself'}`, () => {
      const wrong: string[] = [];
      for (const { file } of files.filter((f) => f.folder === folder)) {
        for (const spec of importsOf(file)) {
          if (!spec.startsWith('.')) {
            if (PURE.includes(folder) && IMPURE_PACKAGES.test(spec)) wrong.push(`${relative(SRC, file)} -> ${spec}`);
            continue;
          }
          const target = relative(SRC, resolve(file, '..', spec)).split('/')[0]!;
          if (target !== folder && !MAY_IMPORT[folder]!.includes(target)) wrong.push(`${relative(SRC, file)} -> ${spec}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('content scripts never reach the store: IndexedDB there would belong to the shop', () => {
    const wrong = files
      .filter((f) => f.folder === 'content')
      .flatMap(({ file }) =>
        importsOf(file)
          .filter((s) => /\/store(\/|$)|^dexie$/.test(s))
          .map((s) => `${relative(SRC, file)} -> ${s}`),
      );
    expect(wrong).toEqual([]);
  });
});
