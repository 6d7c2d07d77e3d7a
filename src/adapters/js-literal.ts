/**
 * A tolerant reader for the JavaScript object literals shop pages embed in inline scripts
 * (`pageConfig = {...}`, `Hub.config.set('sku', {...})`, `window.rawData = {...}`). It never runs
 * page code: anything that is not a plain literal (a call, a ternary, `+new Date`) becomes null.
 * Depth and length are bounded so a hostile page cannot hang the reader or blow the stack.
 */

import { runSteps, type Steps } from './steps';

export type JsValue = null | boolean | number | string | JsValue[] | JsObject;
export interface JsObject {
  [key: string]: JsValue;
}

export interface ParsedLiteral {
  value: JsValue;
  /** Index just past the literal in the source. */
  end: number;
  /** False when the source ended (or a limit was hit) before the literal closed. */
  complete: boolean;
}

export interface LiteralLimits {
  maxDepth: number;
  /** Longest literal, in characters, the reader looks at. */
  maxLength: number;
}

export const DEFAULT_LIMITS: LiteralLimits = { maxDepth: 64, maxLength: 8_000_000 };

const enum Ch {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Bang = 33,
  DQuote = 34,
  Dollar = 36,
  SQuote = 39,
  LParen = 40,
  RParen = 41,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Backtick = 96,
  LBrace = 123,
  RBrace = 125,
  Star = 42,
  Underscore = 95,
  Equals = 61,
}

const isDigit = (c: number) => c >= Ch.Zero && c <= Ch.Nine;
const isIdentChar = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c) || c === Ch.Underscore || c === Ch.Dollar || c > 127;

/**
 * Parses the literal starting at `start` (after optional whitespace and comments).
 * Fast path: pages that write real JSON (most state blobs) are read by JSON.parse at native speed,
 * on the extent one linear scan finds. The scan also marks the containers nested deeper than the
 * limit, which are cut to `null` before parsing (as the tolerant reader reads them): JSON.parse
 * itself slows down sharply on very deep nesting, which a hostile page can write. Otherwise (and
 * at once for a literal that cannot be JSON by how it starts) the tolerant reader takes over.
 */
export function parseJsLiteral(source: string, start = 0, limits: LiteralLimits = DEFAULT_LIMITS): ParsedLiteral | null {
  return runSteps(parseJsLiteralInSteps(source, start, limits));
}

/** `parseJsLiteral` pausing every SCAN_STEP characters of a long literal, and before parsing it. */
export function* parseJsLiteralInSteps(source: string, start = 0, limits: LiteralLimits = DEFAULT_LIMITS): Steps<ParsedLiteral | null> {
  const from = skipSpace(source, start);
  if (mayBeJson(source, from)) {
    const scan = startScan(source, from, limits);
    for (scanSome(source, scan, limits); !scan.done; scanSome(source, scan, limits)) yield;
    if (scan.complete) {
      if (scan.pos - from > SCAN_STEP) yield;
      try {
        return { value: JSON.parse(withCuts(source, from, scan.pos, scan.cuts)) as JsValue, end: scan.pos, complete: true };
      } catch {
        // Not strict JSON (unquoted keys, single quotes, trailing commas): read it tolerantly.
      }
    }
  }
  const reader = new LiteralReader(source, from, limits);
  const value = reader.readValue(0);
  if (reader.failed) return null;
  return { value, end: reader.pos, complete: !reader.truncated };
}

/**
 * Whether the bracketed literal at `from` can be strict JSON, judged by how it starts: an object's
 * first key must be quoted, an array's first item a JSON value. Most hand-written literals
 * (`pageConfig = { compatible: true, ...`) fail this at once and go straight to the tolerant
 * reader, without first scanning for an extent and trying JSON.parse in vain.
 */
function mayBeJson(s: string, from: number): boolean {
  const first = s.charCodeAt(from);
  if (first !== Ch.LBrace && first !== Ch.LBracket) return false;
  const next = s.charCodeAt(skipSpace(s, from + 1));
  if (first === Ch.LBrace) return next === Ch.DQuote || next === Ch.RBrace;
  return next === Ch.RBracket || JSON_VALUE_START.has(next) || isDigit(next);
}

/** Characters a JSON value other than a number can start with: `"`, `{`, `[`, `t`, `f`, `n`, and `-`. */
const JSON_VALUE_START = new Set([Ch.DQuote, Ch.LBrace, Ch.LBracket, 116, 102, 110, Ch.Minus]);

/** `source` from `from` to `end`, each cut range written as `null`. */
function withCuts(source: string, from: number, end: number, cuts: readonly number[]): string {
  if (cuts.length === 0) return source.slice(from, end);
  const parts: string[] = [];
  let at = from;
  for (let i = 0; i < cuts.length; i += 2) {
    parts.push(source.slice(at, cuts[i]), 'null');
    at = cuts[i + 1]!;
  }
  parts.push(source.slice(at, end));
  return parts.join('');
}

/**
 * Every literal assigned or passed after `marker` in `source`: `marker = {...}`, `marker({...})`,
 * `marker = ({...})`. Pages sometimes assign the same variable twice; callers pick the one they trust.
 */
export function literalsAfter(source: string, marker: string, limits: LiteralLimits = DEFAULT_LIMITS): ParsedLiteral[] {
  const found: ParsedLiteral[] = [];
  let at = source.indexOf(marker);
  while (at !== -1 && found.length < 16) {
    let pos = skipSpace(source, at + marker.length);
    // `x = ...`, `x: ...`, `x(...)`, `x = (...)`, but not `x == ...` or `x.y`
    if (source.charCodeAt(pos) === Ch.Equals && source.charCodeAt(pos + 1) !== Ch.Equals) pos = skipSpace(source, pos + 1);
    else if (source.charCodeAt(pos) === Ch.Colon) pos = skipSpace(source, pos + 1);
    while (source.charCodeAt(pos) === Ch.LParen) pos = skipSpace(source, pos + 1);
    const c = source.charCodeAt(pos);
    if (c === Ch.LBrace || c === Ch.LBracket) {
      const parsed = parseJsLiteral(source, pos, limits);
      if (parsed) found.push(parsed);
    }
    at = source.indexOf(marker, at + marker.length);
  }
  return found;
}

/** The last literal after `marker` that closed properly: later assignments override earlier ones. */
export function lastCompleteLiteral(source: string, marker: string, limits?: LiteralLimits): JsValue | undefined {
  const all = literalsAfter(source, marker, limits);
  for (let i = all.length - 1; i >= 0; i--) if (all[i]!.complete) return all[i]!.value;
  return undefined;
}

function skipSpace(s: string, pos: number): number {
  const n = s.length;
  while (pos < n) {
    const c = s.charCodeAt(pos);
    if (c === Ch.Space || c === Ch.LF || c === Ch.CR || c === Ch.Tab || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029) pos++;
    else if (c === Ch.Slash && s.charCodeAt(pos + 1) === Ch.Slash) {
      const nl = s.indexOf('\n', pos);
      pos = nl === -1 ? n : nl + 1;
    } else if (c === Ch.Slash && s.charCodeAt(pos + 1) === Ch.Star) {
      const close = s.indexOf('*/', pos + 2);
      pos = close === -1 ? n : close + 2;
    } else break;
  }
  return pos;
}

/** Where a string's characters stop being plain, per quote: its closing quote, an escape, or a line end. */
const STRING_STOPS: Record<number, RegExp> = {
  [Ch.DQuote]: /["\\\n\r]/g,
  [Ch.SQuote]: /['\\\n\r]/g,
  [Ch.Backtick]: /[`\\]/g,
};
/** Strings longer than this are searched natively: a description can be a megabyte long. */
const SHORT_STRING = 64;

/** Skips a quoted string starting at `pos` (the quote); returns the index past the closing quote. */
function skipString(s: string, pos: number, end: number): number {
  const quote = s.charCodeAt(pos);
  pos++;
  // Most strings in a state blob are short: a character loop beats starting a search.
  for (const stop = Math.min(end, pos + SHORT_STRING); pos < stop;) {
    const c = s.charCodeAt(pos);
    if (c === Ch.Backslash) pos += 2;
    else if (c === quote) return pos + 1;
    else if ((c === Ch.LF || c === Ch.CR) && quote !== Ch.Backtick)
      return pos; // unterminated: stop at the line end
    else pos++;
  }
  const stops = STRING_STOPS[quote]!;
  while (pos < end) {
    stops.lastIndex = pos;
    const found = stops.exec(s);
    if (!found || found.index >= end) return end;
    const c = s.charCodeAt(found.index);
    if (c === Ch.Backslash) pos = found.index + 2;
    else if (c === quote) return found.index + 1;
    else return found.index;
  }
  return end;
}

/** Characters of a literal scanned between two pauses: about 10 ms of a first, uncompiled scan. */
const SCAN_STEP = 1 << 16;

/** Where a scan for the end of a bracketed literal is: it runs in parts, SCAN_STEP characters at a time. */
interface ExtentScan {
  /** Next character to look at; once complete, the index past the closing bracket. */
  pos: number;
  depth: number;
  /** How far the scan may look. */
  end: number;
  /** Start and end (exclusive) of each outermost container nested deeper than the limit, in pairs. */
  cuts: number[];
  done: boolean;
  /** The literal closed before `end`. */
  complete: boolean;
}

function startScan(s: string, from: number, limits: LiteralLimits): ExtentScan {
  return { pos: from, depth: 0, end: Math.min(s.length, from + limits.maxLength), cuts: [], done: false, complete: false };
}

/**
 * Scans on for where the bracketed literal closes, honouring strings and comments, up to about
 * SCAN_STEP characters further; a plain function, so its loop is optimised as any other.
 */
function scanSome(s: string, scan: ExtentScan, limits: LiteralLimits): void {
  const { end, cuts } = scan;
  const stop = Math.min(end, scan.pos + SCAN_STEP);
  let { pos, depth } = scan;
  while (pos < stop) {
    const c = s.charCodeAt(pos);
    if (c === Ch.DQuote || c === Ch.SQuote || c === Ch.Backtick) {
      pos = skipString(s, pos, end);
      continue;
    }
    if (c === Ch.Slash && (s.charCodeAt(pos + 1) === Ch.Slash || s.charCodeAt(pos + 1) === Ch.Star)) {
      pos = skipSpace(s, pos);
      continue;
    }
    if (c === Ch.LBrace || c === Ch.LBracket || c === Ch.LParen) {
      depth++;
      // The top container is level 1; the tolerant reader reads a container past maxDepth as null.
      if (depth === limits.maxDepth + 1) cuts.push(pos);
    } else if (c === Ch.RBrace || c === Ch.RBracket || c === Ch.RParen) {
      if (depth === limits.maxDepth + 1) cuts.push(pos + 1);
      depth--;
      if (depth === 0) {
        Object.assign(scan, { pos: pos + 1, depth, done: true, complete: true });
        return;
      }
    } else if (pos + PLAIN_RUN < end && isPlainRun(s, pos)) {
      // A long stretch with nothing to track (a page can write a megabyte of `!`): skipped natively.
      PLAIN.lastIndex = pos;
      PLAIN.test(s);
      pos = Math.min(end, PLAIN.lastIndex || end);
      continue;
    }
    pos++;
  }
  scan.pos = Math.min(pos, end);
  scan.depth = depth;
  scan.done = pos >= end;
}

/** Characters the extent scan tracks: quotes, comment starts and brackets. */
const PLAIN = /[^"'`/{}[\]()]*/y;
/** Plain characters in a row past which the scan stops stepping one by one. */
const PLAIN_RUN = 16;

function isPlainRun(s: string, pos: number): boolean {
  for (let i = pos; i < pos + PLAIN_RUN; i++) {
    const c = s.charCodeAt(i);
    if (c === Ch.DQuote || c === Ch.SQuote || c === Ch.Backtick || c === Ch.Slash) return false;
    if (c === Ch.LBrace || c === Ch.LBracket || c === Ch.LParen || c === Ch.RBrace || c === Ch.RBracket || c === Ch.RParen) return false;
  }
  return true;
}

/** A run of `!` with blanks between them. */
const BANGS = /[!\s]+/y;

const KEYWORDS: Record<string, JsValue> = { true: true, false: false, null: null, undefined: null, NaN: null, Infinity: null };

class LiteralReader {
  pos: number;
  failed = false;
  truncated = false;
  /** How many expressions were skipped as unknown, so `!expr` is not mistaken for a boolean. */
  skips = 0;
  private readonly end: number;

  constructor(
    private readonly s: string,
    start: number,
    private readonly limits: LiteralLimits,
  ) {
    this.pos = start;
    this.end = Math.min(s.length, start + limits.maxLength);
  }

  readValue(depth: number): JsValue {
    this.pos = skipSpace(this.s, this.pos);
    if (this.pos >= this.end) {
      this.truncated = true;
      if (depth === 0) this.failed = true;
      return null;
    }
    const start = this.pos;
    const value = this.readPrimaryOrContainer(depth);
    // Anything trailing a value inside a literal (`'a' + b`, `x ? y : z`, `f()`) makes it an expression.
    const after = skipSpace(this.s, this.pos);
    const c = this.s.charCodeAt(after);
    if (depth > 0 && after < this.end && c !== Ch.Comma && c !== Ch.RBrace && c !== Ch.RBracket && c !== Ch.RParen) {
      this.pos = start;
      this.skipExpression();
      return null;
    }
    this.pos = after;
    return value;
  }

  private readPrimaryOrContainer(depth: number): JsValue {
    const s = this.s;
    const c = s.charCodeAt(this.pos);
    if (c === Ch.LBrace || c === Ch.LBracket) {
      if (depth >= this.limits.maxDepth) {
        this.skipExpression();
        return null;
      }
      return c === Ch.LBrace ? this.readObject(depth + 1) : this.readArray(depth + 1);
    }
    if (c === Ch.DQuote || c === Ch.SQuote) return this.readString();
    if (c === Ch.Backtick) return this.readTemplate();
    if (isDigit(c) || c === Ch.Dot || c === Ch.Minus || c === Ch.Plus) return this.readNumber();
    if (c === Ch.Bang) {
      // A chain of `!` is counted, not recursed into: a page can write 100,000 of them.
      let negations = 0;
      while (this.pos < this.end && s.charCodeAt(this.pos) === Ch.Bang) {
        // The run of `!` and blanks natively; a comment inside the chain through skipSpace.
        BANGS.lastIndex = this.pos;
        const run = BANGS.exec(s)![0];
        negations += run.length - run.replace(/!/g, '').length;
        this.pos = skipSpace(s, Math.min(this.end, this.pos + run.length));
      }
      const skipsBefore = this.skips;
      const operand = this.readPrimaryOrContainer(depth);
      // `!0`, `!1`, `!true` are minifier booleans; `!function(){}()` is code we do not run.
      if (this.skips !== skipsBefore || (operand !== null && typeof operand === 'object')) return null;
      return negations % 2 === 1 ? !operand : Boolean(operand);
    }
    if (isIdentChar(c)) {
      const start = this.pos;
      while (this.pos < this.end && isIdentChar(s.charCodeAt(this.pos))) this.pos++;
      const word = s.slice(start, this.pos);
      if (Object.hasOwn(KEYWORDS, word)) return KEYWORDS[word]!;
      this.pos = start;
      this.skipExpression();
      return null;
    }
    this.skipExpression();
    return null;
  }

  private readObject(depth: number): JsObject {
    const s = this.s;
    const obj: JsObject = {};
    this.pos++; // {
    for (;;) {
      this.pos = skipSpace(s, this.pos);
      if (this.pos >= this.end) {
        this.truncated = true;
        return obj;
      }
      const c = s.charCodeAt(this.pos);
      if (c === Ch.RBrace) {
        this.pos++;
        return obj;
      }
      if (c === Ch.Comma) {
        this.pos++;
        continue;
      }
      const entryStart = this.pos;
      const key = this.readKey();
      this.pos = skipSpace(s, this.pos);
      const sep = s.charCodeAt(this.pos);
      if (key !== null && sep === Ch.Colon) {
        this.pos++;
        const value = this.readValue(depth);
        if (key !== '__proto__') obj[key] = value;
      } else if (key !== null && (sep === Ch.Comma || sep === Ch.RBrace)) {
        if (key !== '__proto__') obj[key] = null; // shorthand `{ a }`: a variable we cannot know
      } else {
        this.skipExpression(); // methods, spreads, computed keys
      }
      if (this.truncated) return obj;
      if (this.pos === entryStart) this.pos++; // a stray `]` or `)`: step over it rather than spin
    }
  }

  private readArray(depth: number): JsValue[] {
    const s = this.s;
    const arr: JsValue[] = [];
    this.pos++; // [
    for (;;) {
      this.pos = skipSpace(s, this.pos);
      if (this.pos >= this.end) {
        this.truncated = true;
        return arr;
      }
      const c = s.charCodeAt(this.pos);
      if (c === Ch.RBracket) {
        this.pos++;
        return arr;
      }
      if (c === Ch.Comma) {
        this.pos++;
        continue;
      }
      const before = this.pos;
      arr.push(this.readValue(depth));
      if (this.truncated) return arr;
      if (this.pos === before) this.pos++; // guarantees progress on a stray character
    }
  }

  private readKey(): string | null {
    const s = this.s;
    const c = s.charCodeAt(this.pos);
    if (c === Ch.DQuote || c === Ch.SQuote) return this.readString();
    if (isIdentChar(c)) {
      const start = this.pos;
      while (this.pos < this.end && isIdentChar(s.charCodeAt(this.pos))) this.pos++;
      return s.slice(start, this.pos);
    }
    return null;
  }

  private readString(): string {
    const s = this.s;
    const quote = s.charCodeAt(this.pos);
    const close = skipString(s, this.pos, this.end);
    const terminated = close - 1 > this.pos && s.charCodeAt(close - 1) === quote;
    const body = s.slice(this.pos + 1, terminated ? close - 1 : close);
    this.pos = close;
    if (!terminated && close >= this.end) this.truncated = true;
    return body.includes('\\') ? unescapeJs(body) : body;
  }

  private readTemplate(): string | null {
    const start = this.pos;
    const close = skipString(this.s, this.pos, this.end);
    this.pos = close;
    const body = this.s.slice(start + 1, close - 1);
    return body.includes('${') ? null : unescapeJs(body);
  }

  private readNumber(): number | null {
    const s = this.s;
    const start = this.pos;
    if (s.charCodeAt(this.pos) === Ch.Minus || s.charCodeAt(this.pos) === Ch.Plus) this.pos++;
    while (
      this.pos < this.end &&
      (isIdentChar(s.charCodeAt(this.pos)) ||
        s.charCodeAt(this.pos) === Ch.Dot ||
        ((s.charCodeAt(this.pos) === Ch.Minus || s.charCodeAt(this.pos) === Ch.Plus) && /[eE]/.test(s[this.pos - 1] ?? '')))
    )
      this.pos++;
    const text = s.slice(start, this.pos);
    const n = Number(text);
    if (text === '-' || text === '+' || !Number.isFinite(n)) {
      // `+new Date`, `-x`: an expression, not a number
      this.pos = start;
      this.skipExpression();
      return null;
    }
    return n;
  }

  /** Moves past an expression we do not evaluate, up to the next `,` `}` `]` at this level. */
  private skipExpression(): void {
    const s = this.s;
    this.skips++;
    let depth = 0;
    while (this.pos < this.end) {
      const c = s.charCodeAt(this.pos);
      if (c === Ch.DQuote || c === Ch.SQuote || c === Ch.Backtick) {
        this.pos = skipString(s, this.pos, this.end);
        continue;
      }
      if (c === Ch.Slash && (s.charCodeAt(this.pos + 1) === Ch.Slash || s.charCodeAt(this.pos + 1) === Ch.Star)) {
        this.pos = skipSpace(s, this.pos);
        continue;
      }
      if (c === Ch.LBrace || c === Ch.LBracket || c === Ch.LParen) depth++;
      else if (c === Ch.RBrace || c === Ch.RBracket || c === Ch.RParen) {
        if (depth === 0) return;
        depth--;
      } else if (c === Ch.Comma && depth === 0) return;
      this.pos++;
    }
    this.truncated = true;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

function unescapeJs(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_, esc: string) => {
    if (esc[0] === 'u' && esc[1] === '{') return safeCodePoint(parseInt(esc.slice(2, -1), 16));
    if (esc[0] === 'u' && esc.length === 5) return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (esc[0] === 'x' && esc.length === 3) return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (esc === '\n' || esc === '\r' || esc === '\r\n') return ''; // line continuation
    return SIMPLE_ESCAPES[esc] ?? esc;
  });
}

function safeCodePoint(cp: number): string {
  return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
}
