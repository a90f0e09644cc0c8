/**
 * Recipient identity: a salted SHA-256 IdentityHash of an email address
 * ("sha256$" + hex(SHA-256(UTF-8(email + salt))), Open Badges 3.0 IdentityObject: https://www.imsglobal.org/spec/ob/v3p0/).
 * The spec does not normalize emails; we trim and lower-case before hashing when issuing, and
 * the verifier tries both the typed and the normalized form.
 */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function identityHash(value: string, salt = ''): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value + salt));
  return `sha256$${hex(digest)}`;
}

export function randomSalt(bytes = 16): string {
  return hex(crypto.getRandomValues(new Uint8Array(bytes)).buffer);
}

/** Whether `email` is the identity an IdentityHash names (sha256 or md5 per the spec; md5 is not supported here). */
export async function matchesIdentityHash(
  email: string,
  identityHashValue: string,
  salt = '',
): Promise<boolean> {
  const [alg, expected] = identityHashValue.split('$');
  if (alg?.toLowerCase() !== 'sha256' || !expected) return false;
  for (const candidate of new Set([email, email.trim(), normalizeEmail(email)])) {
    if ((await identityHash(candidate, salt)).slice(7) === expected.toLowerCase()) return true;
  }
  return false;
}
