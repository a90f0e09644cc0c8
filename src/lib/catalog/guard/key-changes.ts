/** What a pull request changes in an issuer's published keys, in plain words. */

const same = (a: unknown, b: unknown) => JSON.stringify(a, jsonDates) === JSON.stringify(b, jsonDates);
function jsonDates(this: unknown, _key: string, value: unknown) {
  return value instanceof Date ? value.toISOString() : value;
}
const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

export function describeKeyChanges(
  before: ReadonlyMap<string, Record<string, unknown>>,
  after: ReadonlyMap<string, Record<string, unknown>>,
): string[] {
  const out: string[] = [];
  for (const [kid, k] of after) {
    const old = before.get(kid);
    if (!old) {
      out.push(`adds key ${kid}${typeof k.alg === 'string' ? ` (${k.alg})` : ''}`);
      continue;
    }
    if (!same(old.jwk, k.jwk))
      out.push(
        `changes the key material of ${kid} but keeps its kid: that makes it a different key under an old name`,
      );
    if (!same(old.alg, k.alg)) out.push(`changes the algorithm of key ${kid}`);
    if (!same(old.validFrom, k.validFrom))
      out.push(`moves validFrom of key ${kid} from ${day(old.validFrom)} to ${day(k.validFrom)}`);
    if (!same(old.validUntil, k.validUntil))
      out.push(
        k.validUntil === undefined
          ? `removes validUntil from key ${kid}, so it could sign again`
          : `sets validUntil of key ${kid} to ${day(k.validUntil)}`,
      );
    if (old.revoked !== undefined && k.revoked === undefined)
      out.push(`lifts the revocation of key ${kid}: a revoked key must stay revoked`);
    else if (!same(old.revoked, k.revoked))
      out.push(old.revoked === undefined ? `revokes key ${kid}` : `changes the revocation of key ${kid}`);
  }
  for (const kid of before.keys())
    if (!after.has(kid))
      out.push(`removes key ${kid}: badges it signed would stop verifying (revoke or retire it instead)`);
  return out;
}

/** A key's name in a diff: its `kid`, or its position when it has none. */
export function keyName(k: Record<string, unknown>, i: number): string {
  return typeof k.kid === 'string' ? k.kid : `#${i}`;
}
