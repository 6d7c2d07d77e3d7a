import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, SAMPLES_DIR } from '../shared';
import { findCases, readCase, runCase, snapshotValue } from './case-runner';

/** Every evaluation case, shared and our own, through the CLI code (../shared/samples/README.md). */
const SHARED = SAMPLES_DIR;
const OWN = resolve(__dirname, '../cases');
const cases = [...(hasShared(SHARED) ? findCases(SHARED) : []), ...findCases(OWN)];

describe('evaluation cases', () => {
  it('finds our own cases', () => {
    expect(findCases(OWN).length).toBeGreaterThanOrEqual(7);
  });

  it.each(cases)('$name', ({ file }) => {
    const c = readCase(file);
    const { snapshot, traps } = runCase(file, c);
    for (const [key, value] of Object.entries(c.expect.snapshot ?? {})) {
      expect(snapshotValue(snapshot, key), `snapshot.${key}`).toEqual(value);
    }
    const found = traps.map((t) => t.id);
    for (const id of c.expect.trapsPresent ?? []) expect(found, `trap ${id} present`).toContain(id);
    for (const id of c.expect.trapsAbsent ?? []) expect(found, `trap ${id} absent`).not.toContain(id);
    for (const t of traps) expect(Object.keys(t.evidence).length, `${t.id} has evidence`).toBeGreaterThan(0);
  });
});
