import { it } from 'vitest';
import { buildHeavyTmallPage } from './heavy-page';
import { parseHtml } from './load-page';
import { readShownPrices } from '../../src/adapters/shown-price';
it('dbg', () => {
  const page = buildHeavyTmallPage();
  const doc = parseHtml(page.html);
  let t = performance.now();
  const all = doc.documentElement.querySelectorAll('*');
  console.log('all', all.length, performance.now() - t);
  t = performance.now();
  let n = 0;
  for (const el of Array.from(all)) {
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) n++;
  }
  console.log('own', n, performance.now() - t);
  t = performance.now();
  console.log(JSON.stringify(readShownPrices(doc, { knownPrice: 199, title: 'x' })), performance.now() - t);
  t = performance.now();
  readShownPrices(doc, { knownPrice: 199, title: 'x' });
  console.log('again', performance.now() - t);
});
