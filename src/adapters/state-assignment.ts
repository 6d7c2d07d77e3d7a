import { type JsValue, parseJsLiteralInSteps } from './js-literal';
import { runSteps, type Steps } from './steps';

/**
 * The value a page's script gives a state variable, in each form real pages write it:
 * `X = {…}`, `X({…})`, `X = ({…})`, `X = JSON.parse("…")`, `window["X"] = {…}`, and a local
 * built first and assigned after (`var d = {…}; … window.X = d;`, as inside an IIFE). Several
 * assignments: the last one that closed properly wins, as it would when the page runs.
 */

/** At most this many occurrences of a marker are looked at per script. */
const MAX_OCCURRENCES = 16;

const IDENTIFIER = /^[A-Za-z_$][\w$]*/;

function skipSpace(s: string, pos: number): number {
  while (pos < s.length && /\s/.test(s[pos]!)) pos++;
  return pos;
}

/** Past `=`, `:` and opening parentheses: where the assigned expression starts. */
function expressionStart(s: string, pos: number): number {
  pos = skipSpace(s, pos);
  if (s[pos] === '=' && s[pos + 1] !== '=') pos = skipSpace(s, pos + 1);
  else if (s[pos] === ':') pos = skipSpace(s, pos + 1);
  while (s[pos] === '(') pos = skipSpace(s, pos + 1);
  return pos;
}

/** A literal, or `JSON.parse("…")` of one, at `pos`; undefined when neither closes properly. */
function* valueAt(s: string, pos: number): Steps<JsValue | undefined> {
  const c = s[pos];
  if (c === '{' || c === '[') {
    const parsed = yield* parseJsLiteralInSteps(s, pos);
    return parsed?.complete ? parsed.value : undefined;
  }
  if (s.startsWith('JSON.parse', pos)) {
    const open = skipSpace(s, pos + 'JSON.parse'.length);
    if (s[open] !== '(') return undefined;
    const str = yield* parseJsLiteralInSteps(s, open + 1);
    if (!str?.complete || typeof str.value !== 'string') return undefined;
    const inner = yield* parseJsLiteralInSteps(str.value);
    return inner?.complete ? inner.value : undefined;
  }
  return undefined;
}

/** The last `name = …` (var, let, const or plain) before `before` whose value reads. */
function* localValue(s: string, name: string, before: number): Steps<JsValue | undefined> {
  const escaped = name.replace(/\$/g, '\\$');
  const assignment = new RegExp(`(?:^|[^\\w$.])${escaped}\\s*=(?!=)`, 'g');
  let found: JsValue | undefined;
  for (const m of s.slice(0, before).matchAll(assignment)) {
    const value = yield* valueAt(s, expressionStart(s, m.index + m[0].length));
    if (value !== undefined) found = value;
  }
  return found;
}

/** The spellings of a marker: `window.X` is also `window["X"]` and `window['X']`. */
function spellings(marker: string): string[] {
  const name = /^window\.([A-Za-z_$][\w$]*)$/.exec(marker)?.[1];
  return name ? [marker, `window["${name}"]`, `window['${name}']`] : [marker];
}

export function assignedValue(source: string, marker: string): JsValue | undefined {
  return runSteps(assignedValueInSteps(source, marker));
}

/** `assignedValue`, pausing within long literals (js-literal.ts). */
export function* assignedValueInSteps(source: string, marker: string): Steps<JsValue | undefined> {
  const hits: Array<{ at: number; value: JsValue }> = [];
  for (const spelling of spellings(marker)) {
    let at = source.indexOf(spelling);
    for (let n = 0; at !== -1 && n < MAX_OCCURRENCES; n++) {
      const start = expressionStart(source, at + spelling.length);
      let value = yield* valueAt(source, start);
      if (value === undefined) {
        const ident = IDENTIFIER.exec(source.slice(start, start + 200))?.[0];
        const after = ident ? source[skipSpace(source, start + ident.length)] : undefined;
        // `X = d;` but not `X = d.y`, `X = f(…)` or `X = d[…]`.
        if (ident && ident !== 'JSON' && after !== '.' && after !== '(' && after !== '[') value = yield* localValue(source, ident, at);
      }
      if (value !== undefined) hits.push({ at, value });
      at = source.indexOf(spelling, at + spelling.length);
    }
  }
  hits.sort((a, b) => a.at - b.at);
  return hits[hits.length - 1]?.value;
}
