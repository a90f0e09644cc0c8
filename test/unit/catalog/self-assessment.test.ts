import { describe, expect, it } from 'vitest';
import {
  assessmentMarkdown,
  summarizeAssessment,
  type SelfAssessment,
} from '../../../src/lib/catalog/self-assessment.ts';

const rubric = {
  title: 'Quality',
  levels: [
    { id: 'no', name: 'Not evident' },
    { id: 'part', name: 'Partially evident' },
    { id: 'yes', name: 'Evident' },
  ],
  criteria: [
    { id: 'a', name: 'Focused', description: 'd' },
    { id: 'b', name: 'Research', description: 'd' },
  ],
  pass: { level: 'yes', of: 'all' as const },
};
const base: SelfAssessment = {
  credential: 'x/y',
  date: '2026-11-23',
  levels: {},
  notes: {},
  checks: { a: [{ ok: true, label: 'One statement', detail: '1 sentence.' }] },
};

describe('self-assessment', () => {
  it('is incomplete until every standard has a level', () => {
    expect(summarizeAssessment(rubric, { ...base, levels: { a: 'yes' } })).toMatchObject({
      complete: false,
      meets: false,
    });
  });
  it('meets when every standard is at the passing level and every check passed', () => {
    expect(summarizeAssessment(rubric, { ...base, levels: { a: 'yes', b: 'yes' } })).toMatchObject({
      complete: true,
      meets: true,
      gaps: [],
    });
  });
  it('lists the gaps by name and level', () => {
    const s = summarizeAssessment(rubric, { ...base, levels: { a: 'yes', b: 'part' } });
    expect(s.gaps).toEqual([{ id: 'b', name: 'Research', level: 'Partially evident' }]);
    expect(s.meets).toBe(false);
  });
  it('a failed automatic check keeps it from meeting, whatever the levels say', () => {
    const s = summarizeAssessment(rubric, {
      ...base,
      levels: { a: 'yes', b: 'yes' },
      checks: { a: [{ ok: false, label: 'One statement', detail: '2 sentences.' }] },
    });
    expect(s).toMatchObject({ meets: false, failedChecks: 1 });
  });
  it('exports Markdown with levels, checks and notes', () => {
    const md = assessmentMarkdown(
      rubric,
      { ...base, levels: { a: 'yes', b: 'part' }, notes: { b: 'Add a second study.' } },
      'Hinge Questions',
    );
    expect(md).toContain('# Self-assessment: Hinge Questions');
    expect(md).toContain('## Research: Partially evident');
    expect(md).toContain('- [x] One statement: 1 sentence.');
    expect(md).toContain('Add a second study.');
    expect(md).toContain('1 standard(s) below the passing level');
  });
});
