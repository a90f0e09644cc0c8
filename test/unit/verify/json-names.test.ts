/**
 * The member-name helpers parseJson builds on, each alone: counting names and depth in one pass,
 * counting the members a parsed value holds, naming the member spelled twice, and comparing the
 * engine's reading with the text (namesAgree).
 */
import { describe, expect, it } from 'vitest';
import { countNames, findDuplicate, memberCount, namesAgree } from '../../../src/lib/verify/json-names.ts';

describe('countNames', () => {
  it('counts one name per member, whatever the strings around them hold', () => {
    const text = '{"a":"x:y","b":[{"c":"{\\"d\\":1}"},"e:"],"f":{"g":{}}, "h" :\n1}';
    expect(JSON.parse(text)).toBeTruthy();
    expect(countNames(text, 64)).toEqual({ names: 6, escapedNames: false, deepAt: -1 });
  });

  it('counts a name spelled twice twice', () => {
    expect(countNames('{"a":1,"a":2}', 64).names).toBe(2);
  });

  it('says when a name has an escape, and not when only values have', () => {
    expect(countNames('{"a":"\\u0062","b":"\\""}', 64).escapedNames).toBe(false);
    expect(countNames('{"a":"\\"","\\u0062":1}', 64).escapedNames).toBe(true);
    expect(countNames('{"x":[{"y":{"\\\\":0}}]}', 64).escapedNames).toBe(true);
    expect(countNames('{"a\\"b":"c"}', 64).escapedNames).toBe(true);
  });

  it('says where the text first nests deeper than allowed', () => {
    expect(countNames('[[1],[[2]]]', 3).deepAt).toBe(-1);
    expect(countNames('[[1],[[[2]]]]', 3).deepAt).toBe(7);
    expect(countNames('{"[":"[[[[","a":[[[]]]}', 3).deepAt).toBe(18);
  });
});

describe('memberCount', () => {
  it('counts the members of every object, inside arrays and objects', () => {
    expect(memberCount({ a: 1, b: [{ c: 1, d: { e: null } }, [{ f: 2 }]], g: {} })).toBe(7);
    expect(memberCount([1, 'a', null])).toBe(0);
    expect(memberCount('x')).toBe(0);
  });

  it('counts a member named __proto__ like any other', () => {
    expect(memberCount(JSON.parse('{"__proto__":{"x":1},"a":2}'))).toBe(3);
  });

  it('counts fewer members than names when JSON.parse kept only the last of two', () => {
    const text = '{"a":1,"b":{"c":1,"c":2}}';
    expect(memberCount(JSON.parse(text))).toBe(countNames(text, 64).names - 1);
  });
});

describe('findDuplicate', () => {
  it('names the member spelled twice in one object, its spellings decoded', () => {
    expect(() => findDuplicate('{"a":[{"x":1}],"b":{"\\u0078":1,"x":2}}')).toThrow(
      /member "x" appears twice/,
    );
  });

  it('lets the same name stand in different objects, and in strings', () => {
    expect(() => findDuplicate('{"a":{"a":1},"b":[{"a":1},{"a":"a"}],"c":"\\"a\\":"}')).not.toThrow();
  });

  it('looks no further than where it is told to stop', () => {
    const text = '{"a":1,"b":[[1]],"a":2}';
    expect(() => findDuplicate(text, text.indexOf('[['))).not.toThrow();
    expect(() => findDuplicate(text)).toThrow(/member "a"/);
  });
});

describe('namesAgree', () => {
  it('holds when every object has exactly the names its text spells', () => {
    const text = '{"i\\u0064":1,"a":[{"b":2},[{"\\u00e9":3}]],"c":{"d":{}}}';
    expect(namesAgree(text, JSON.parse(text))).toBe(true);
  });

  it('fails on a value read with another name than the text spells, at any depth', () => {
    expect(namesAgree('{"i\\u0064":1}', { 'i\\': 1 })).toBe(false);
    expect(namesAgree('{"a":[0,{"\\u0062":1}]}', { a: [0, { c: 1 }] })).toBe(false);
    expect(namesAgree('{"a":{"b":{}}}', { a: { b: [] } })).toBe(false);
  });

  it('fails on two members whose values traded names, the set of names unchanged', () => {
    const text = String.raw`{"q":0,"\u005c\\":1,"\\u":2}`; // names: q, two backslashes, backslash-u
    expect(namesAgree(text, { q: 0, '\\u': 1, '\\\\': 2 })).toBe(false);
    expect(namesAgree(text, { q: 0, '\\\\': 1, '\\u': 2 })).toBe(true);
    expect(namesAgree(text, JSON.parse(text.replace(String.raw`\u005c`, '\\\\')))).toBe(true);
  });

  it('reads array-index names in the order objects list them', () => {
    const text = '{"b":1,"2":2,"a\\u0062":3,"0":4,"10":5}';
    expect(namesAgree(text, JSON.parse(text))).toBe(true);
    expect(namesAgree('{"b":1,"a":2}', { a: 2, b: 1 })).toBe(false);
  });

  it('fails on a value with members the text does not have', () => {
    expect(namesAgree('{"a":1}', { a: 1, b: 2 })).toBe(false);
    expect(namesAgree('[{"a":1}]', [{ a: 1, extra: true }])).toBe(false);
  });
});
