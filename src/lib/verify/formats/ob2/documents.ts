/** Fetching the linked documents of an OB 2.0 assertion: BadgeClass, issuer Profile, key, revocation list. */
import { VerifyError } from '../../errors.ts';
import { idOf, isRecord, parseJson } from '../../json.ts';
import type { Resources } from '../../resources.ts';

/** A linked object: embedded, or fetched from its id (only through the resource policy). */
export async function linked(
  value: unknown,
  resources: Resources,
  what: string,
): Promise<Record<string, unknown>> {
  if (isRecord(value)) return value;
  const url = idOf(value);
  if (!url) throw new VerifyError('ERR_NOT_A_BADGE', `its ${what} is missing`);
  const doc = await resources.get(url, 'application/ld+json, application/json');
  if (doc.status !== 200)
    throw new VerifyError('ERR_FETCH_FAILED', `the ${what} at ${url} answered HTTP ${doc.status}`, url);
  const json = parseJson(doc.body, { maxChars: 1_000_000 });
  if (!isRecord(json)) throw new VerifyError('ERR_NOT_A_BADGE', `the ${what} at ${url} is not a JSON object`);
  return json;
}

export const sameOrigin = (a: string, b: string) => {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};
