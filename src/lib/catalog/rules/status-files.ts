/**
 * Status list files: well-formed, in their issuer's folder, and signed by one of that issuer's
 * published keys. A list edited by hand (or by someone else) fails its signature here, before
 * the site would publish it.
 */
import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import type { Catalog } from '../model.ts';
import type { Problem } from '../problems.ts';
import { statusFileSchema, type StatusFile } from '../schema/status-file.ts';
import type { SourceFile } from '../source.ts';
import { parseJson } from '../../verify/json.ts';
import { dataIntegrityFormProblem, thumbprintOf } from './status-list-forms.ts';

export interface StatusFileEntry {
  file: string;
  data: StatusFile;
}

const at = (file: string, message: string, hint?: string): Problem => ({
  code: 'status-list',
  severity: 'error',
  file,
  line: 1,
  message,
  ...(hint ? { hint } : {}),
});

export async function checkStatusFiles(
  files: readonly SourceFile[],
  catalog: Catalog,
): Promise<{ problems: Problem[]; lists: StatusFileEntry[] }> {
  const problems: Problem[] = [];
  const lists: StatusFileEntry[] = [];
  for (const f of files) {
    const m = /^content\/status\/([a-z0-9-]+)\/([a-z0-9-]+)\.json$/.exec(f.path);
    if (!m) continue;
    let raw: unknown;
    try {
      // The verifier's reader: duplicate member names refused, and escaped names read as written.
      raw = parseJson(f.text);
    } catch (e) {
      const why = e instanceof Error ? e.message : '';
      problems.push(
        at(
          f.path,
          !why || why.startsWith('not valid JSON')
            ? 'is not valid JSON'
            : `cannot be read as one document: ${why}`,
          'Status files are written by npm run issue and npm run revoke; do not edit them by hand.',
        ),
      );
      continue;
    }
    const parsed = statusFileSchema().safeParse(raw);
    if (!parsed.success) {
      problems.push(
        at(
          f.path,
          `is not a valid status list file (${parsed.error.issues
            .map((i) => `${i.path.join('.') || 'file'}: ${i.message}`)
            .join('; ')
            .slice(0, 300)})`,
        ),
      );
      continue;
    }
    const data = parsed.data;
    if (data.issuer !== m[1] || data.list !== m[2]) {
      problems.push(
        at(
          f.path,
          `names issuer "${data.issuer}" and list "${data.list}" but is filed as ${m[1]}/${m[2]}`,
          "A status list lives in its own issuer's folder, named after the list.",
        ),
      );
      continue;
    }
    const issuer = catalog.issuers.get(data.issuer);
    if (!issuer) {
      problems.push(at(f.path, `belongs to issuer "${data.issuer}", which is not in content/issuers/`));
      continue;
    }
    let verified = false;
    try {
      const { kid, alg } = decodeProtectedHeader(data.credential);
      const thumbprint = thumbprintOf(kid);
      const key = issuer.data.keys.find((k) => k.kid === thumbprint && !k.revoked);
      if (key && alg === key.alg) {
        await compactVerify(data.credential, await importJWK(key.jwk as JWK, key.alg), {
          algorithms: [key.alg],
        });
        verified = true;
      }
    } catch {
      verified = false;
    }
    if (!verified) {
      problems.push(
        at(
          f.path,
          `is not signed by any key ${issuer.data.name} publishes`,
          'The list credential was altered, or signed with a key that is not (or no longer) published. Re-sign it with npm run revoke.',
        ),
      );
      continue;
    }
    const formProblem = await dataIntegrityFormProblem(data, issuer.data.keys);
    if (formProblem) {
      problems.push(
        at(f.path, formProblem, 'Do not edit status files by hand; re-sign the list with npm run revoke.'),
      );
      continue;
    }
    lists.push({ file: f.path, data });
  }
  return { problems, lists };
}
