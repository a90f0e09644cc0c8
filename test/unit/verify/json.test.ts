/**
 * parseJson alone: size and depth bounds, and duplicate member names found wherever they hide
 * (escaped spellings, strings that contain braces or commas, arrays of objects). The property
 * test compares it with a slow reference that walks the text a character at a time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/lib/verify/json.ts';

/** Duplicate names or too deep, found the slow way: a character-at-a-time walk. */
function reference(text: string, maxDepth: number): 'ok' | 'duplicate' | 'deep' {
  const stack: { object: boolean; keys: Set<string> }[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (expectKey && top?.object) {
        const name = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(name)) return 'duplicate';
        top.keys.add(name);
        expectKey = false;
      }
      i = j;
    } else if (ch === '{' || ch === '[') {
      if (stack.length >= maxDepth) return 'deep';
      stack.push({ object: ch === '{', keys: new Set() });
      expectKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectKey = false;
    } else if (ch === ',') expectKey = stack.at(-1)?.object === true;
  }
  return 'ok';
}

function outcome(text: string, maxDepth = 64): string {
  try {
    parseJson(text, { maxDepth });
    return 'ok';
  } catch (e) {
    return /twice/.test((e as Error).message)
      ? 'duplicate'
      : /deep/.test((e as Error).message)
        ? 'deep'
        : 'other';
  }
}

describe('parseJson', () => {
  it('returns what JSON.parse returns', () => {
    expect(parseJson('{"a":[1,{"b":"}"}],"c":null}')).toEqual({ a: [1, { b: '}' }], c: null });
  });

  it('refuses a member name that appears twice, however it is spelled', () => {
    expect(outcome('{"a":1,"a":2}')).toBe('duplicate');
    expect(outcome('{"a":1,"\\u0061":2}')).toBe('duplicate');
    expect(outcome('{"x":{"id":"1","id":"2"}}')).toBe('duplicate');
    expect(outcome('[{"a":1},{"a":2,"b":{"a":3},"a":4}]')).toBe('duplicate');
  });

  it('does not mistake values, or names in sibling objects, for duplicates', () => {
    expect(outcome('{"a":"a","b":"a"}')).toBe('ok');
    expect(outcome('[{"a":1},{"a":2}]')).toBe('ok');
    expect(outcome('{"a":"\\",\\"a\\":","b":"{\\"a\\":1,\\"a\\":2}"}')).toBe('ok');
    expect(outcome('{"a":["a","a"],"b":{"a":{"a":1}}}')).toBe('ok');
  });

  it('bounds depth and size', () => {
    expect(outcome('['.repeat(65) + ']'.repeat(65))).toBe('deep');
    expect(outcome('['.repeat(64) + ']'.repeat(64))).toBe('ok');
    expect(() => parseJson('"x"', { maxChars: 2 })).toThrow(/larger/);
    expect(() => parseJson('{"a":}')).toThrow(/not valid JSON/);
  });

  it('agrees with the character-at-a-time reference on random JSON', () => {
    const name = fc.constantFrom('a', 'b', '\\u0061', 'a\\"', '{', ',', '\\\\', 'é');
    const leaf = fc.oneof(fc.integer(), fc.constantFrom('"a"', '"{,}"', '"\\"}"', 'true', 'null'));
    const { json } = fc.letrec<{ json: string }>((tie) => ({
      json: fc.oneof(
        { depthSize: 'small' },
        leaf.map(String),
        fc.array(tie('json'), { maxLength: 4 }).map((xs) => `[${xs.join(',')}]`),
        fc
          .array(fc.tuple(name, tie('json')), { maxLength: 4 })
          .map((kv) => `{${kv.map(([k, v]) => `"${k}":${v}`).join(',')}}`),
      ),
    }));
    fc.assert(
      fc.property(json, fc.integer({ min: 1, max: 6 }), (text, depth) => {
        expect(outcome(text, depth)).toBe(reference(text, depth));
      }),
      { numRuns: 2000 },
    );
  });
});
