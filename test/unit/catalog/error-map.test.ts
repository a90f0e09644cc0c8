/**
 * The zod error map (src/lib/catalog/error-map.ts) on the real schemas: sentences for each kind
 * of issue, a union's branches merged into one sentence, a schema's own wording kept, hints from
 * the issue itself.
 */
import { describe, expect, it } from 'vitest';
import { errorMap, issuesToProblems, parseContent } from '../../../src/lib/catalog/error-map.ts';
import { credentialSchema, rubricSchema, stackSchema } from '../../../src/lib/catalog/schema/index.ts';
import { parseSource } from '../../../src/lib/catalog/source.ts';

const messagesAt = (result: ReturnType<typeof parseContent>, path: string) =>
  (result.error?.issues ?? []).filter((i) => i.path.join('.') === path).map((i) => i.message);

describe('content error map', () => {
  it("merges a union's branches into one sentence naming each alternative", () => {
    const r = parseContent(rubricSchema(), { pass: { level: 'proficient', of: true } });
    expect(messagesAt(r, 'pass.of')).toEqual(['must be "all" or a number, not boolean true']);
  });

  it('names the tags a discriminated union knows, and the one it got', () => {
    const r = parseContent(stackSchema(), { rule: { type: 'most' } });
    expect(messagesAt(r, 'rule.type')).toEqual(['must be one of: "all", "n-of-m" (got string "most")']);
  });

  it("keeps a schema's own wording, and words the rest itself", () => {
    const r = parseContent(credentialSchema(), { hours: 'twelve', title: '', subjects: [] });
    expect(messagesAt(r, 'hours')).toEqual(['must be a number of hours, e.g. 15']);
    expect(messagesAt(r, 'title')).toEqual(['must not be empty']);
    expect(messagesAt(r, 'subjects')).toEqual(['needs at least 1 item']);
    expect(messagesAt(r, 'competency')).toEqual(['is required']);
  });

  it('is an error map zod calls, not a reading of its English', () => {
    expect(errorMap({ code: 'invalid_type', expected: 'number', input: 'x', path: [] } as never)).toBe(
      'must be a number, not string "x"',
    );
    expect(errorMap({ code: 'custom', input: 1, path: [] } as never)).toBeUndefined();
  });

  it('locates each problem and hints from the issue: required fields, listed values, unknown fields', () => {
    const text = '---\ntitle: Hinge questions\ngradeBands: [middle]\nlevel: advanced\n---\nBody\n';
    const { source } = parseSource({ path: 'content/credentials/x/y.mdx', text });
    if (!source) throw new Error('unparsed');
    const r = parseContent(credentialSchema(), source.data);
    const problems = issuesToProblems(r.error?.issues ?? [], source);
    expect(problems.find((p) => p.field === 'hours')).toMatchObject({
      message: 'is required: the estimated hours of learning (1 CEU = 10 hours)',
      hint: expect.stringContaining('hours: 15') as string,
    });
    expect(problems.find((p) => p.field === 'gradeBands[0]')).toMatchObject({
      line: 3,
      hint: 'Use one of the listed values exactly as written.',
    });
    expect(problems.find((p) => p.field === 'level')).toMatchObject({
      line: 4,
      message: 'is not a known field',
    });
  });
});
