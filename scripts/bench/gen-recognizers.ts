/**
 * Generated recognizers: about one for every ten issuers, each a state agency, district or
 * university with a policy page and rules of every selection kind (a stack, an issuer, the
 * quality standards), so a generated catalog exercises recognition as the seed catalog does.
 */
import type { PolicyData } from '../../src/lib/catalog/schema/policy.ts';
import type { RecognizerData } from '../../src/lib/catalog/schema/recognizer.ts';
import { ORG_PLACES } from './catalog-words.ts';
import { dateBetween, slugify, type Frontmatter, type GeneratedEntry } from './gen-orgs.ts';
import type { Rng } from './prng.ts';
import { capitalize, clip, type ProseModel } from './text.ts';

const KINDS = [
  ['state-agency', 'Educator Standards Board', 'license-renewal', 'renewal point'],
  ['district', 'County Public Schools', 'salary-advancement', 'salary step'],
  ['university', 'State University College of Education', 'graduate-credit', 'graduate credit hour'],
] as const;

export interface GeneratedRecognizers {
  recognizers: GeneratedEntry<Frontmatter<RecognizerData>>[];
  /** `<recognizer>/<slug>` → policy. */
  policies: GeneratedEntry<Frontmatter<PolicyData>>[];
}

export function generateRecognizers(
  rng: Rng,
  prose: ProseModel,
  n: number,
  issuers: readonly string[],
  stacks: readonly string[],
): GeneratedRecognizers {
  const recognizers: GeneratedRecognizers['recognizers'] = [];
  const policies: GeneratedRecognizers['policies'] = [];
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    const [kind, suffix, purpose, unit] = KINDS[i % KINDS.length] ?? KINDS[0];
    let place: string = rng.pick(ORG_PLACES);
    for (let k = 2; used.has(`${place} ${suffix}`); k++) place = `${place.replace(/ \d+$/, '')} ${k}`;
    const name = `${place} ${suffix}`;
    used.add(name);
    const id = slugify(name);
    const from = dateBetween(rng, 2019, 2025);
    const policy = 'micro-credentials';
    const rule = (ruleId: string, accepts: Record<string, unknown>, value: Record<string, unknown>) => ({
      id: ruleId,
      accepts,
      purpose,
      value,
      conditions: [clip(capitalize(prose.sentence(rng, 8, 18)), 390)],
      effective: { from },
      policy: { page: policy },
    });
    const perCredential = { basis: 'competency', amount: rng.int(1, 10), unit, per: 'credential' };
    recognizers.push({
      id,
      data: {
        name,
        kind,
        summary: clip(capitalize(prose.sentence(rng, 14, 30)), 390),
        jurisdiction: { state: `${place} (fictional)` },
        website: `https://${id}.example/`,
        contact: { email: `recognition@${id}.example` },
        maintainers: [`bench-${id}`.slice(0, 39).replace(/-+$/, '')],
        fictional: true,
        rules: [
          ...(stacks.length
            ? [
                rule(
                  'stack',
                  { type: 'stack', stack: rng.pick(stacks) },
                  { basis: 'competency', amount: rng.int(1, 3), unit, per: 'stack' },
                ),
              ]
            : []),
          rule('issuer', { type: 'issuer', issuer: rng.pick(issuers) }, perCredential),
          rule('quality', { type: 'quality-standards' }, { ...perCredential, every: 4, max: 3 }),
        ],
      },
      body: `${prose.paragraph(rng, rng.int(2, 4))}\n\n*${name} is a fictional organization generated for benchmarks.*`,
    });
    policies.push({
      id: `${id}/${policy}`,
      data: {
        title: `Micro-credentials at ${name}`,
        adopted: from,
        summary: clip(capitalize(prose.sentence(rng, 12, 26)), 390),
      },
      body: [prose.paragraph(rng, rng.int(2, 4)), prose.paragraph(rng, rng.int(1, 3))].join('\n\n'),
    });
  }
  return { recognizers, policies };
}
