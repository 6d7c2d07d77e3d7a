import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DOMParser } from 'linkedom';
import { adapterForUrl, extractWith } from '../adapters';

/**
 * `npm run -s scrape -- PAGE.html --url URL [--now ISO]`: the extension's own pipeline on a
 * saved page, under Node, printing `{ snapshot, traps }` (DESIGN.md §4).
 */
class UsageError extends Error {}

function main(argv: string[]): string {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      now: { type: 'string' },
      history: { type: 'string' },
      profile: { type: 'string' },
      cart: { type: 'string' },
    },
  });
  const page = positionals[0];
  if (!page) throw new UsageError('usage: scrape PAGE.html --url URL [--now ISO] [--history H.json] [--profile P.json] [--cart C.json]');
  if (!values.url) throw new UsageError('--url is required: the address the page was saved from');
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    throw new UsageError(`--url is not a URL: ${values.url}`);
  }
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now is not an ISO time: ${values.now}`);
  let html: string;
  try {
    html = readFileSync(page, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${page}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const adapter = adapterForUrl(url);
  if (!adapter) throw new UsageError(`no adapter reads ${url.hostname}${url.pathname}`);
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const snapshot = extractWith(adapter, { doc, url, now });
  return JSON.stringify({ snapshot, traps: [] }, null, 2);
}

try {
  process.stdout.write(`${main(process.argv.slice(2))}\n`);
} catch (error) {
  process.stderr.write(`scrape: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
