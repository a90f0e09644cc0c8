/**
 * The third and fourth steps of an issuing run, for one recipient: the credential with its status
 * index, signed (VC-JWT, or an embedded eddsa-rdfc-2022 proof), and the files written to its
 * folder — the token or signed JSON, and the badge baked into the artwork as PNG and SVG.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bakePng, bakeSvg } from '../../src/lib/baking/index.ts';
import { buildCredential } from '../../src/lib/ob3/credential.ts';
import { signDataIntegrity } from '../../src/lib/ob3/sign-data-integrity.ts';
import { signCredentialJwt } from '../../src/lib/ob3/sign-jwt.ts';
import type { Issuing } from './issue-load.ts';
import type { IssueOptions } from './issue-run.ts';
import type { RecipientRow } from './recipients.ts';

export interface Slot {
  list: string;
  index: number;
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
    status: { listUrl: run.urls.statusList(run.issuerId, slot.list), index: slot.index },
  });
  if (proof === 'jwt') {
    const token = await signCredentialJwt(credential, run.signer, issuedAt);
    return {
      credentialId: credential.id,
      files: [
        ['badge.jwt', `${token}\n`],
        // The credential before signing, for the issuer's records; named so nobody takes it for a badge.
        ['credential-unsigned.json', `${JSON.stringify(credential, null, 2)}\n`],
        ['badge.svg', bakeSvg(run.art.svg, token)],
        ['badge.png', bakePng(run.art.png, token)],
      ],
    };
  }
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
      ['badge.svg', bakeSvg(run.art.svg, json)],
      ['badge.png', bakePng(run.art.png, json)],
    ],
  };
}

/** Writes a badge's files; badge.png last, for its presence marks the badge as done. */
export async function writeBadge(dir: string, files: [string, string | Uint8Array][]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(
    files.filter(([name]) => name !== 'badge.png').map(([name, data]) => writeFile(join(dir, name), data)),
  );
  const png = files.find(([name]) => name === 'badge.png');
  if (png) await writeFile(join(dir, png[0]), png[1]);
}
