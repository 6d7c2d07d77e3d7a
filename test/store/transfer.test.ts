import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptHandedFiles, takeTransfer } from '../../src/store/transfer';

type Listener = (event: { origin: string; data: unknown; ports: Array<{ postMessage: (m: unknown) => void }> }) => void;

/** The background service worker's scope as acceptHandedFiles sees it, with its one message listener. */
function workerScope(): { post(origin: string, data: unknown): unknown[] } {
  let listener: Listener | undefined;
  vi.stubGlobal('clients', {});
  vi.stubGlobal('location', { origin: 'chrome-extension://radar' });
  vi.stubGlobal('addEventListener', (type: string, f: Listener) => {
    if (type === 'message') listener = f;
  });
  acceptHandedFiles();
  return {
    post(origin, data) {
      const answers: unknown[] = [];
      listener!({ origin, data, ports: [{ postMessage: (m) => answers.push(m) }] });
      return answers;
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('files handed to the background worker', () => {
  const id = '5d7c4f0e-2b7a-4e55-9d1c-3f1e2a9b8c70';

  it('keeps a file an extension page handed over until its import takes it, once', async () => {
    const scope = workerScope();
    const file = new Blob(['{}'], { type: 'application/json' });
    expect(scope.post('chrome-extension://radar', { transferId: id, file })).toEqual([true]);
    expect(await takeTransfer(id)).toBe(file);
    expect(await takeTransfer(id)).toBeNull();
  });

  it('ignores a file from another origin, or a message that is not a file with an id', async () => {
    const scope = workerScope();
    const file = new Blob(['{}']);
    expect(scope.post('https://item.jd.com', { transferId: id, file })).toEqual([]);
    expect(scope.post('chrome-extension://radar', { transferId: 'not an id', file })).toEqual([]);
    expect(scope.post('chrome-extension://radar', { transferId: id, file: '{}' })).toEqual([]);
    expect(await takeTransfer(id)).toBeNull();
  });
});
