/**
 * Finds private key material in any text, whatever the file is (Markdown, YAML, JSON, code,
 * a PNG read as Latin-1): the content check runs it over every content file, the namespace
 * guard over every tracked file. It looks for
 *
 * - JSON Web Keys with a private member (`d`, `p`, `q`, `dp`, `dq`, `qi`, `oth`, `k`) holding a
 *   base64url value, next to the members that make it a key (`kty`, `crv`, or `n` and `e`),
 *   written as JSON, YAML or code, quoted or escaped;
 * - PEM private keys (`-----BEGIN … PRIVATE KEY-----` followed by base64);
 * - multibase private keys: base58btc (`z…`) of a multicodec private-key code (0x1300–0x13ff:
 *   `ed25519-priv`, `p256-priv`, …), as in `privateKeyMultibase` (https://w3c-ccg.github.io/multibase/,
 *   https://github.com/multiformats/multicodec/blob/master/table.csv);
 * - members named for private keys (`privateKeyJwk`, `privateKeyMultibase`, `privateKeyBase58`,
 *   `privateKeyPem`, `secretKey…`) with a value.
 *
 * Pure and synchronous; positions are 1-based lines and columns.
 */
import { base58 } from '@scure/base';
import { PRIVATE_JWK_MEMBERS } from '../keys/private-members.ts';

export type PrivateKeyKind = 'jwk' | 'pem' | 'multibase' | 'named';

export interface PrivateKeyFinding {
  kind: PrivateKeyKind;
  line: number;
  column: number;
  /** What was found, in words, e.g. `the private JWK member "d"`. */
  what: string;
}

/** Private JWK members (RFC 7517 §9.3, RFC 7518 §6.2.2, §6.3.2, §6.4.1). */
export { PRIVATE_JWK_MEMBERS };

/** A member name, quoted or not, escaped or not (`d:`, `"d":`, `\"d\":`, `'d':`). */
const member = (names: string) => `(?<![\\w$-])(?:\\\\?["'])?(${names})(?:\\\\?["'])?\\s*:\\s*`;

/**
 * A value that looks like key material rather than a name in code: 20 or more base64url (or
 * base64) characters, at least one of them a digit, "-" or "_", ending where the value ends.
 */
const MATERIAL = `(?:\\\\?["'])?(?=[A-Za-z+/=_-]*[0-9_-])[A-Za-z0-9+/=_-]{20,}(?![A-Za-z0-9+/=_.(-])`;
/** A private member with a value that looks like key material. */
const JWK_PRIVATE = new RegExp(`${member(PRIVATE_JWK_MEMBERS.join('|'))}${MATERIAL}`, 'g');
/** Members that make an object a JWK. */
const JWK_CONTEXT = [new RegExp(member('kty')), new RegExp(member('crv'))];
const RSA_CONTEXT = [new RegExp(`${member('n')}\\S`), new RegExp(`${member('e')}\\S`)];
/** How far around a private member to look for the members that make it a key (an RSA JWK runs to 3 KB). */
const CONTEXT_CHARS = 4000;

const PEM = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----(?:\s|\\[nr]|["',+])*[A-Za-z0-9+/]{40,}/g;

const MULTIBASE = /(?<![A-Za-z0-9])z[1-9A-HJ-NP-Za-km-z]{40,120}(?![A-Za-z0-9])/g;

const NAMED = new RegExp(
  `${member('privateKey(?:Multibase|Base58|Pem|Hex|Base64)|secretKey(?:Multibase|Base58|Hex)?')}${MATERIAL}`,
  'gi',
);

/** Whether base58btc text is a multicodec private key: varint 0x80–0xff, 0x26 (codes 0x1300–0x137f). */
function isMultikeyPrivate(token: string): boolean {
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(token.slice(1));
  } catch {
    return false;
  }
  const [b0 = 0, b1 = 0] = bytes;
  return b0 >= 0x80 && b1 === 0x26 && bytes.length >= 2 + 16;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Every private key in `text`, in order of position. */
export function findPrivateKeys(text: string): PrivateKeyFinding[] {
  const found: { index: number; kind: PrivateKeyKind; what: string }[] = [];
  for (const m of text.matchAll(JWK_PRIVATE)) {
    const around = text.slice(Math.max(0, m.index - CONTEXT_CHARS), m.index + CONTEXT_CHARS);
    const isKey = JWK_CONTEXT.some((re) => re.test(around)) || RSA_CONTEXT.every((re) => re.test(around));
    if (isKey) found.push({ index: m.index, kind: 'jwk', what: `the private JWK member "${m[1] ?? ''}"` });
  }
  for (const m of text.matchAll(PEM))
    found.push({ index: m.index, kind: 'pem', what: `a PEM ${m[1] ?? ''}private key` });
  for (const m of text.matchAll(MULTIBASE))
    if (isMultikeyPrivate(m[0]))
      found.push({ index: m.index, kind: 'multibase', what: 'a multibase private key' });
  for (const m of text.matchAll(NAMED))
    found.push({ index: m.index, kind: 'named', what: `a "${m[1] ?? ''}" member` });
  if (!found.length) return [];

  const starts = lineStarts(text);
  const lineOf = (index: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return found
    .sort((a, b) => a.index - b.index)
    .map((f) => {
      // Point at the member name, past any quote or back-slash before it.
      const at = f.index + (/^[\\"']*/.exec(text.slice(f.index, f.index + 2))?.[0].length ?? 0);
      const line = lineOf(at);
      return { kind: f.kind, what: f.what, line: line + 1, column: at - (starts[line] ?? 0) + 1 };
    });
}

/** The first private key on each line: one report per line is enough to act on. */
export function privateKeyLines(text: string): PrivateKeyFinding[] {
  const seen = new Set<number>();
  return findPrivateKeys(text).filter((f) => !seen.has(f.line) && Boolean(seen.add(f.line)));
}
