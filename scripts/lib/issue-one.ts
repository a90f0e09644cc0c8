/**
 * The third and fourth steps of an issuing run, for one recipient: the credential with its status
 * index, signed (VC-JWT, or an embedded eddsa-rdfc-2022 proof), and the files written to its
 * folder — the token or signed JSON, and the badge baked into the artwork as PNG and SVG.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngBaker, svgBaker } from '../../src/lib/baking/index.ts';
import { buildCredential } from '../../src/lib/ob3/credential.ts';
import { signCredentialJwt } from '../../src/lib/ob3/sign-jwt.ts';
import type { Issuing } from './issue-load.ts';
import type { IssueOptions } from './issue-run.ts';
import type { RecipientRow } from './recipients.ts';

export interface Slot {
  list: string;
  index: number;
}

type Art = Issuing['art'];
interface Bakers {
  svg: (payload: string) => string;
  png: (payload: string) => Uint8Array;
}
/** The artwork is read and checked once per run, not once per badge (a PNG's every chunk CRC). */
const bakersOf = new WeakMap<Art, Bakers>();
function bakers(art: Art): Bakers {
  let b = bakersOf.get(art);
  if (!b) {
    b = { svg: svgBaker(art.svg), png: pngBaker(art.png) };
    bakersOf.set(art, b);
  }
  return b;
}

/** One recipient's badge: the credential, signed; its files by name. */
export async function issueOne(
  row: RecipientRow,
  slot: Slot,
  proof: IssueOptions['proof'],
  run: Issuing,
  issuedAt: Date,
): Promise<{ credentialId: string; files: [string, string | Uint8Array][] }> {
  const validUntil = row.validUntil ?? run.validUntil;
  const credential = await buildCredential({
    achievement: run.achievement,
    issuer: run.profile,
    recipient: row.email
      ? { email: row.email, ...(row.name ? { name: row.name } : {}) }
      : { id: row.id ?? '', ...(row.name ? { name: row.name } : {}) },
    validFrom: issuedAt,
    ...(validUntil ? { validUntil } : {}),
    ...(row.evidence ? { evidence: [{ url: row.evidence, name: 'Evidence submitted for assessment' }] } : {}),
    ...(run.results?.length ? { results: run.results } : {}),
    status: { listUrl: run.statusUrl(slot.list), index: slot.index },
  });
  const bake = bakers(run.art);
  if (proof === 'jwt') {
    const token = await signCredentialJwt(credential, run.signer, issuedAt);
    return {
      credentialId: credential.id,
      files: [
        ['badge.jwt', `${token}\n`],
        // The credential before signing, for the issuer's records; named so nobody takes it for a badge.
        ['credential-unsigned.json', `${JSON.stringify(credential, null, 2)}\n`],
        ['badge.svg', bake.svg(token)],
        ['badge.png', bake.png(token)],
      ],
    };
  }
  // Loaded only for this proof: JSON-LD processing is a large module a VC-JWT run does without.
  const { signDataIntegrity } = await import('../../src/lib/ob3/sign-data-integrity.ts');
  const signed = await signDataIntegrity(
    credential as unknown as Record<string, unknown>,
    run.signer.privateJwk,
    run.verificationMethod,
    issuedAt,
  );
  const json = JSON.stringify(signed);
  return {
    credentialId: credential.id,
    files: [
      ['badge.json', `${JSON.stringify(signed, null, 2)}\n`],
      ['badge.svg', bake.svg(json)],
      ['badge.png', bake.png(json)],
    ],
  };
}

/**
 * Writes a badge's files; badge.png last, for its presence marks the badge as done. Synchronous:
 * four small files, written faster in a row than through the thread pool, and a badge is never
 * left half-written while the run handles a signal.
 */
export function writeBadge(dir: string, files: [string, string | Uint8Array][]): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, data] of files) if (name !== 'badge.png') writeFileSync(join(dir, name), data);
  const png = files.find(([name]) => name === 'badge.png');
  if (png) writeFileSync(join(dir, png[0]), png[1]);
}
