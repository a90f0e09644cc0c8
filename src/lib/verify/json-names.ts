/**
 * Member names in JSON text, read beside `JSON.parse`: how many there are and how deep the text
 * nests (one pass, the usual case), which name is spelled twice in one object, and whether the
 * engine read every name as spelled. parseJson (json.ts) decides when each runs.
 */
import { VerifyError } from './errors.ts';

/** Whether the character at `at` follows an odd number of backslashes (is escaped). */
function escaped(text: string, at: number): boolean {
  let n = 0;
  while (text.charCodeAt(at - 1 - n) === 0x5c) n++;
  return n % 2 === 1;
}

/** Where the string opened by the quote at `open` closes, or -1 when it does not. */
function closingQuote(text: string, open: number): number {
  let j = text.indexOf('"', open + 1);
  while (j > 0 && escaped(text, j)) j = text.indexOf('"', j + 1);
  return j;
}

/** Position of the first backslash at or after `from` (Infinity when there is none). */
function backslashFrom(text: string, from: number): number {
  const at = text.indexOf('\\', from);
  return at < 0 ? Infinity : at;
}

/**
 * Counts member names in JSON text and checks nesting depth, in one pass. Assumes it parses.
 * Strings are skipped with indexOf (most of a badge is string content); a member is a colon
 * outside strings, and its name the string before it. Also says whether any name has an escape,
 * and where the text first nests deeper than allowed (-1 when it does not; counting stops there).
 */
export function countNames(
  text: string,
  maxDepth: number,
): { names: number; escapedNames: boolean; deepAt: number } {
  let depth = 0;
  let names = 0;
  let escapedNames = false;
  /** No backslash lies between the last place searched from and `bs`. */
  let bs = backslashFrom(text, 0);
  let open = -1;
  let close = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let j = text.indexOf('"', i + 1);
      if (bs < j) {
        if (bs < i) bs = backslashFrom(text, i);
        if (bs < j) j = closingQuote(text, i);
      }
      if (j < 0) break;
      open = i;
      close = j;
      i = j;
    } else if (c === 0x3a) {
      names++;
      if (!escapedNames && bs < close) {
        if (bs < open) bs = backslashFrom(text, open);
        escapedNames = bs < close;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return { names, escapedNames, deepAt: i };
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return { names, escapedNames, deepAt: -1 };
}

/** How many members the objects of a parsed value hold, all told. */
export function memberCount(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    const items = Array.isArray(v) ? (v as unknown[]) : Object.values(v);
    if (!Array.isArray(v)) n += items.length;
    for (const x of items) if (typeof x === 'object' && x !== null) stack.push(x);
  }
  return n;
}

/**
 * Throws naming the first member spelled twice in one object before `end`, each name decoded on
 * its own. Run only when the text spells more names than the parsed value holds, when a name has
 * an escape, or when the text nests too deep (to say which comes first), so the usual document
 * pays for counting, not for this.
 */
export function findDuplicate(text: string, end = text.length): void {
  /** One entry per open object (its names so far) or array (null). */
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const j = closingQuote(text, i);
      if (j < 0) return;
      const names = open.at(-1);
      if (expectKey && names) {
        const name = JSON.parse(text.slice(i, j + 1)) as string;
        if (names.has(name))
          throw new VerifyError(
            'ERR_JSON_MALFORMED',
            `member "${name.slice(0, 40)}" appears twice in one object, so two readers could see two different documents`,
          );
        names.add(name);
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      open.push(c === 0x7b ? new Set() : null);
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      open.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      expectKey = Boolean(open.at(-1));
    }
  }
}

/** Whether a member name is an array index, which objects list first, in numeric order. */
const isIndex = (k: string) => /^(?:0|[1-9]\d{0,9})$/.test(k) && Number(k) < 2 ** 32 - 1;

/**
 * Whether an object's names as read are as many as spelled, in the same order but for array
 * indexes (each spelled name was already found on the object).
 */
function sameOrder(read: string[], spelled: string[]): boolean {
  if (read.length !== spelled.length) return false;
  const a = read.filter((k) => !isIndex(k));
  const b = spelled.filter((k) => !isIndex(k));
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/**
 * Whether `value` has exactly the member names the text spells, in the order it spells them,
 * object by object. Assumes the text parses and spells no name twice in one object. Needed because V8 13.6
 * (Node 24.21) can misread an escaped name as one the same object shape had before: after
 * `{"i\\":1}`, `JSON.parse('{"i\\u0064":1}')` gives the member `i\` rather than `id`, so the
 * engine would read another document than the bytes say. Names are decoded one at a time, as
 * strings, which that fault does not touch. The order matters: two misread names can trade
 * places, each value then under the other's name, with the same set of names. Objects list
 * array-index names first, so those are compared as a set. Only run when a name has an escape.
 */
export function namesAgree(text: string, value: unknown): boolean {
  /** The parsed object or array at each open level; an object's names so far; an array's index. */
  const nodes: unknown[] = [];
  const names: (string[] | null)[] = [];
  const indexes: number[] = [];
  let name = '';
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = nodes.length - 1;
    if (c === 0x22) {
      const j = closingQuote(text, i);
      if (j < 0) return false;
      if (expectKey) {
        name = JSON.parse(text.slice(i, j + 1)) as string;
        if (!Object.hasOwn(nodes[top] as object, name)) return false;
        names[top]?.push(name);
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      const parent = nodes[top];
      const node =
        top < 0
          ? value
          : Array.isArray(parent)
            ? (parent[indexes[top]!] as unknown)
            : (parent as Record<string, unknown>)[name];
      if (typeof node !== 'object' || node === null || Array.isArray(node) !== (c === 0x5b)) return false;
      nodes.push(node);
      names.push(c === 0x7b ? [] : null);
      indexes.push(0);
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      const node = nodes.pop() as object;
      const spelled = names.pop();
      indexes.pop();
      if (spelled && !sameOrder(Object.keys(node), spelled)) return false;
      expectKey = false;
    } else if (c === 0x2c) {
      if (names[top]) expectKey = true;
      else indexes[top]! += 1;
    }
  }
  return true;
}
