import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastCompleteLiteral, literalsAfter, parseJsLiteral, parseJsLiteralInSteps } from '../../src/adapters/js-literal';

const value = (src: string) => parseJsLiteral(src)?.value;

describe('parseJsLiteral', () => {
  it.each([
    ['{"a": 1, "b": [true, null]}', { a: 1, b: [true, null] }],
    ["{a: 1, 'b': 'x\\'y', c: [1, 2,],}", { a: 1, b: "x'y", c: [1, 2] }],
    ['{d: !0, e: !1, f: .5, g: 1e3, h: undefined, i: -2, j: 0x10}', { d: true, e: false, f: 0.5, g: 1000, h: null, i: -2, j: 16 }],
    ['{/* c */ a: 1, // line\n b: 2}', { a: 1, b: 2 }],
    ["{s: '\\u4E73\\u767D', t: `plain`}", { s: '乳白', t: 'plain' }],
    ['{n: NaN, inf: Infinity}', { n: null, inf: null }],
  ])('%s', (src, expected) => expect(value(src)).toEqual(expected));

  it.each([
    ["{x: location.protocol==='http:' ? 'a' : 'b', y: 1}", { x: null, y: 1 }],
    ['{t: +new Date, y: 2}', { t: null, y: 2 }],
    ["{u: unescape(unescape('')), y: 3}", { u: null, y: 3 }],
    ["{m: 'a' + 'b', y: 4}", { m: null, y: 4 }],
    ['{f: function () { return {a: 1}; }, y: 5}', { f: null, y: 5 }],
    ['{g: !function(){}(), y: 6}', { g: null, y: 6 }],
    ['{tpl: `a${b}`, y: 7}', { tpl: null, y: 7 }],
    ['{a, y: 8}', { a: null, y: 8 }],
    ['{...rest, y: 9}', { y: 9 }],
  ])('unknown expressions become null: %s', (src, expected) => expect(value(src)).toEqual(expected));

  it('never sets an object prototype from a "__proto__" key', () => {
    const v = value("{__proto__: {polluted: 1}, 'ok': 1}") as Record<string, unknown>;
    expect(v).toEqual({ ok: 1 });
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports a literal cut short as incomplete, keeping what it read', () => {
    expect(parseJsLiteral('{a: {b: [1, 2')).toEqual({ value: { a: { b: [1, 2] } }, end: 13, complete: false });
  });

  it('survives 100000 levels of nesting without a stack overflow', () => {
    for (const src of ['['.repeat(100_000), '{a:'.repeat(100_000), `${'['.repeat(100_000)}${']'.repeat(100_000)}`]) {
      expect(() => parseJsLiteral(src)).not.toThrow();
    }
  });

  it('bounds the depth of strict JSON as it does of JavaScript literals', () => {
    const limits = { maxDepth: 3, maxLength: 1000 };
    expect(parseJsLiteral('[[[1]]]', 0, limits)?.value).toEqual([[[1]]]);
    expect(parseJsLiteral('[[[[1]]]]', 0, limits)?.value).toEqual([[[null]]]);
    expect(parseJsLiteral('{"a": {"b": {"c": {"d": 1}}, "e": 2}}', 0, limits)?.value).toEqual({ a: { b: { c: null }, e: 2 } });
    expect(parseJsLiteral('{a: {b: {c: {d: 1}}, e: 2}}', 0, limits)?.value).toEqual({ a: { b: { c: null }, e: 2 } });
  });

  it('ends a JSON literal at its own closer when code with brackets follows it', () => {
    const src = 'x = {"a": [1, {"b": "}"}]}; f({"c": 2}); if (y) { z(); }';
    expect(literalsAfter(src, 'x')).toEqual([{ value: { a: [1, { b: '}' }] }, end: src.indexOf(';'), complete: true }]);
    expect(literalsAfter('x = {"a": 1}\n', 'x')).toEqual([{ value: { a: 1 }, end: 12, complete: true }]);
  });

  it('reads any JSON value as JSON.parse does, alone or followed by code', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue())),
        fc.constantFrom('', ';', '; f({});', ']}'),
        (json, tail) => {
          const text = JSON.stringify(json);
          const parsed = parseJsLiteral(`${text}${tail}`);
          expect(parsed).toEqual({ value: JSON.parse(text), end: text.length, complete: true });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stops at the length limit', () => {
    const big = `{a: "${'x'.repeat(1000)}"}`;
    expect(parseJsLiteral(big, 0, { maxDepth: 8, maxLength: 100 })?.complete).toBe(false);
  });
});

describe('literalsAfter / lastCompleteLiteral', () => {
  const src = `window._itemInfo = ({"p": 1,});\n x = window._itemInfo.p;\n window._itemInfo = ({"p": 2});\n window._itemInfo = ({"p": 3`;

  it('finds each assignment, parenthesised or not, and skips reads of the variable', () => {
    expect(literalsAfter(src, 'window._itemInfo').map((l) => [l.value, l.complete])).toEqual([
      [{ p: 1 }, true],
      [{ p: 2 }, true],
      [{ p: 3 }, false],
    ]);
  });

  it('takes the last complete assignment', () => expect(lastCompleteLiteral(src, 'window._itemInfo')).toEqual({ p: 2 }));

  it('reads call arguments: Hub.config.set and TShop.Setup', () => {
    expect(lastCompleteLiteral("Hub.config.set('sku', { valItemInfo: { skuMap: {} } });", "Hub.config.set('sku',")).toEqual({
      valItemInfo: { skuMap: {} },
    });
    expect(lastCompleteLiteral('TShop.Setup(\n {"a": 1}\n);', 'TShop.Setup')).toEqual({ a: 1 });
    expect(lastCompleteLiteral('if (x == {}) {}', 'x')).toBeUndefined();
  });
});

describe('stray closers', () => {
  it.each(['{a: 1 ] , b: 2}', '{ ) }', '{a: [1, }, 2]}', '[1, ), 2]'])('%s ends without spinning', (src) => {
    expect(parseJsLiteral(src)).not.toBeUndefined();
  });
});

describe('parseJsLiteralInSteps: a long literal read in parts', () => {
  /** Runs the stepped parse, counting its pauses. */
  const stepped = (src: string) => {
    const steps = parseJsLiteralInSteps(src);
    let pauses = 0;
    for (let step = steps.next(); ; step = steps.next(), pauses++) if (step.done) return { parsed: step.value, pauses };
  };

  it('pauses within a megabyte of state and reads what JSON.parse reads, wherever the parts end', () => {
    // Strings of every length up to 300 holding what the scan must not count: quotes, brackets, comment marks.
    const rows = Array.from({ length: 6000 }, (_, i) => ({ id: i, text: `"}]//*${'x'.repeat(i % 300)}\\`, more: [[{ a: i }]] }));
    const src = JSON.stringify({ rows, tail: 'end' });
    expect(src.length).toBeGreaterThan(1_000_000);
    const { parsed, pauses } = stepped(src);
    expect(parsed).toEqual({ value: JSON.parse(src), end: src.length, complete: true });
    expect(pauses).toBeGreaterThanOrEqual(7);
  });

  it('cuts containers past the depth limit to null, also when the nesting spans parts', () => {
    const depth = 200_000;
    const src = `{"deep":${'['.repeat(depth)}1${']'.repeat(depth)},"ok":1}`;
    const { parsed, pauses } = stepped(src);
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(parsed?.complete).toBe(true);
    expect((parsed?.value as { ok: number }).ok).toBe(1);
    expect(parsed).toEqual(parseJsLiteral(src));
  });

  it('does not pause on a short literal', () => expect(stepped('{"a": [1, 2]}').pauses).toBe(0));

  it.each([
    ['an object whose first key is not quoted', (rows: string) => `{compatible: true, rows: [${rows}]}`],
    ['an array whose first item is not JSON', (rows: string) => `[undefined, ${rows}]`],
  ])('reads %s tolerantly at once, without first scanning for its end to try JSON.parse', (_, literal) => {
    const src = literal(Array.from({ length: 20_000 }, (_, i) => `{id: ${i}, name: 'row ${i}'}`).join(', '));
    expect(src.length).toBeGreaterThan(400_000);
    const { parsed, pauses } = stepped(src);
    expect(pauses).toBe(0);
    expect(parsed).toEqual(parseJsLiteral(src));
    expect(parsed?.complete).toBe(true);
  });

  it.each(['{ "a": 1}', '{}', '[ 1, 2]', '[-1]', '["a"]', '[{"a": 1}]', '[[1]]', '[true]', '[false]', '[null]', '[]'])(
    'still reads %s as JSON',
    (src) => expect(parseJsLiteral(src)?.value).toEqual(JSON.parse(src)),
  );
});
