import { describe, expect, it } from 'vitest';
import { assignedLiteral } from '../../src/adapters/page';
import { assignedValue } from '../../src/adapters/state-assignment';
import { parseHtml } from './load-page';

/** Every form a page writes its state in (issue 11), read without running the page's code. */
describe('assignedValue', () => {
  it.each([
    ['direct', 'window.rawData = {"goods": {"id": 1}};', { goods: { id: 1 } }],
    ['as a call argument', 'TShop.Setup({a: 1, b: [1, 2,],});', { a: 1, b: [1, 2] }],
    ['in parentheses', 'window.rawData = ({a: 1});', { a: 1 }],
    ['bracket spelling', 'window["rawData"] = {a: 2};', { a: 2 }],
    [
      'JSON.parse of a string',
      String.raw`window.rawData = JSON.parse("{\"goods\":{\"id\":3,\"name\":\"\u7ea2\u67a3\"}}");`,
      { goods: { id: 3, name: '红枣' } },
    ],
    ['JSON.parse with single quotes', `window.rawData = JSON.parse('{"a":4}');`, { a: 4 }],
    [
      'a local built in an IIFE, then assigned',
      '(function(){ var d = {a: 5, b: "x"}; d.c = 1; window.rawData = d; })();',
      { a: 5, b: 'x' },
    ],
    ['a local from JSON.parse, then assigned', `(function(){ const s = JSON.parse('{"a":6}'); window.rawData = s; })();`, { a: 6 }],
    ['assigned twice: the last wins', 'window.rawData = {a: 1}; window.rawData = {a: 7};', { a: 7 }],
    ['the last complete one wins over a truncated one', 'window.rawData = {a: 8}; window.rawData = {a: 9, b: [', { a: 8 }],
  ])('%s', (_form, source, expected) =>
    expect(assignedValue(source, 'window.rawData') ?? assignedValue(source, 'TShop.Setup')).toEqual(expected),
  );

  it.each([
    ['a comparison', 'if (window.rawData == null) {}'],
    ['a property read', 'var g = window.rawData.goods;'],
    ['a call result', 'window.rawData = build({a: 1});'],
    ['an unknown local', 'window.rawData = d;'],
    ['JSON.parse of a non-string', 'window.rawData = JSON.parse(text);'],
  ])('reads nothing from %s', (_why, source) => expect(assignedValue(source, 'window.rawData')).toBeUndefined());

  it('finds the bracket spelling through the page reader', () => {
    const doc = parseHtml(`<html><body><script>window['_itemOnly'] = ({item: {skuId: "1"}});</script></body></html>`);
    expect(assignedLiteral(doc, 'window._itemOnly')).toEqual({ item: { skuId: '1' } });
  });
});
