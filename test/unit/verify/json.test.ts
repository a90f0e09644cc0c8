/**
 * parseJson alone: size and depth bounds, and duplicate member names found wherever they hide
 * (escaped spellings, strings that contain braces or commas, arrays of objects). The property
 * test compares it with a slow reference that walks the text a character at a time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesAgree } from '../../../src/lib/verify/json-names.ts';
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
        : /reads some of its escaped member names differently/.test((e as Error).message)
          ? 'engine'
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
    expect(outcome('{ "a" : 1,\n  "a"\t:\r\n2 }')).toBe('duplicate');
    expect(outcome('{"__proto__":1,"__proto__":2}')).toBe('duplicate');
  });

  it('reads white space around names and prototype-named members as data', () => {
    expect(parseJson('{ "a" :\n"b" ,\t"c"\r\n: { "d" : [ "e" , { "f" : 1 } ] } }')).toEqual({
      a: 'b',
      c: { d: ['e', { f: 1 }] },
    });
    const v = parseJson('{"__proto__":{"x":1},"constructor":2}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('says which problem comes first in the text when both are there', () => {
    expect(outcome(`{"a":1,"a":2,"b":${'['.repeat(70)}${']'.repeat(70)}}`)).toBe('duplicate');
    expect(outcome(`{"b":${'['.repeat(70)}${']'.repeat(70)},"a":1,"a":2}`)).toBe('deep');
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
        const got = outcome(text, depth);
        const want = reference(text, depth);
        // V8 13.6 (Node 24) misreads some escaped names after others: refused, never returned.
        if (got === 'engine' && want === 'ok') expect(namesAgree(text, JSON.parse(text))).toBe(false);
        else expect(got).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseJson and V8 13.6 reading escaped names', () => {
  // In Node 24.21, once a member named `i\` was read, JSON.parse reads `"i\u0064"` as `i\` too.
  it('never returns a document other than the text says', () => {
    for (const [first, second, meant] of [
      ['{"i\\\\":1}', '{"i\\u0064":1}', { id: 1 }],
      ['{"\\\\":1}', '{"x":{"\\u0061":2}}', { x: { a: 2 } }],
      // Two misread names trading places keep the set of names: only their order tells.
      [
        String.raw`{"q":0,"\\u":0,"\\\\":0}`,
        String.raw`{"q":0,"\u005c\\":1,"\\u":2}`,
        { q: 0, '\\\\': 1, '\\u': 2 },
      ],
    ] as const) {
      JSON.parse(first); // gives the engine the object shape it then misreads the second by
      let read: unknown;
      try {
        read = parseJson(second);
      } catch (e) {
        expect((e as Error).message).toMatch(/reads some of its escaped member names differently/);
        continue;
      }
      expect(read).toEqual(meant);
    }
  });
});
