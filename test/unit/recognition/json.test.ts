/**
 * Recognition in /catalog.json: each rule described once under its recognizer, credentials
 * naming the rules that take them in, and every name resolving to a described rule.
 */
import { describe, expect, it } from 'vitest';
import {
  credentialRecognitionsJson,
  indexRulesJson,
  recognizerJson,
  type RecognitionJsonSource,
} from '../../../src/lib/catalog/recognition/json.ts';
import { indexRecognitions } from '../../../src/lib/catalog/recognition/recognitions.ts';
import { siteUrls } from '../../../src/lib/ob3/site.ts';
import { CREDENTIALS, endedIssuerRule, rule, stackRule, TODAY, world } from '../../helpers/recognition.ts';

const w = world(
  {
    id: 'board',
    rules: [rule({ id: 'quality', title: 'Quality credentials' }), endedIssuerRule()],
  },
  { id: 'uni', rules: [stackRule('mix-credit', 'mix', 'graduate-credit', 3, 'graduate credit hour')] },
);
const src: RecognitionJsonSource = {
  urls: siteUrls('https://catalog.example/'),
  world: w,
  index: indexRecognitions(w, TODAY),
  policy: (recognizer, r) => ({
    title: `Policy of ${recognizer}`,
    url: `https://catalog.example/recognizers/${recognizer}/policies/${r.id}/`,
  }),
};

describe('a recognizer’s rules in the index', () => {
  it('describes each rule once: purpose, value in words, dates, page and policy', () => {
    expect(indexRulesJson(src, 'board')).toEqual([
      {
        id: 'quality',
        title: 'Quality credentials',
        url: 'https://catalog.example/recognizers/board/#rule-quality',
        purpose: 'license-renewal',
        value: '10 points per credential',
        effective: { from: '2024-01-01' },
        policy: {
          title: 'Policy of board',
          url: 'https://catalog.example/recognizers/board/policies/quality/',
        },
      },
      expect.objectContaining({
        id: 'old-ceus',
        purpose: 'ceus',
        effective: { from: '2019-01-01', until: '2024-06-30' },
      }),
    ]);
  });

  it('leaves the credentials each rule takes in to recognizer.json', () => {
    for (const r of indexRulesJson(src, 'board')) expect(r).not.toHaveProperty('credentials');
    expect(recognizerJson(src, 'board').rules[0]?.credentials).toContain('river/a');
  });

  it('refuses a recognizer it does not know', () => {
    expect(() => indexRulesJson(src, 'nobody')).toThrow('Unknown recognizer "nobody"');
  });
});

describe('a credential’s recognitions in the index', () => {
  it('names the recognizer and rule, and the stack it counts through', () => {
    expect(credentialRecognitionsJson(src, 'river/d')).toEqual([
      { recognizer: 'board', rule: 'quality' },
      { recognizer: 'uni', rule: 'mix-credit', stack: 'mix' },
      { recognizer: 'board', rule: 'old-ceus' },
    ]);
    expect(credentialRecognitionsJson(src, 'river/draft')).toEqual([]);
  });

  it('names only rules the index describes', () => {
    const described = new Set(
      ['board', 'uni'].flatMap((id) => indexRulesJson(src, id).map((r) => `${id}/${r.id}`)),
    );
    const named = CREDENTIALS.flatMap((c) =>
      credentialRecognitionsJson(src, c.id).map((r) => `${r.recognizer}/${r.rule}`),
    );
    expect(named.length).toBeGreaterThan(5);
    for (const n of named) expect(described).toContain(n);
  });
});
