/** Test vectors for the status module, loaded from test/fixtures/vectors (see ATTRIBUTION.md there). */
import testlistText from '../../fixtures/vectors/1edtech/bit-string-list/testlist?raw';
import revokedText from '../../fixtures/vectors/1edtech/bit-string-list/credential-status-revoked.json?raw';

/** GZIP through the platform's CompressionStream (no `node:` imports, so the tests type-check without Node types). */
export async function gzipBytes(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The 1EdTech validator's BitstringStatusListCredential: 131,072 bits, only index 23 set
 * (test/fixtures/vectors/1edtech/README.md).
 */
export const edtechTestList = () => JSON.parse(testlistText) as Record<string, unknown>;

/** The credential that points at it with `"statusListIndex": 23` (a JSON number). */
export const edtechRevokedCredential = () => JSON.parse(revokedText) as Record<string, unknown>;

/** BSL §2.2 Example 3 `encodedList`: 16 KiB of zeros. */
export const BSL_EXAMPLE_ENCODED_LIST =
  'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA';

/** BSL §2.2 Example 3, the whole BitstringStatusListCredential. */
export const bslExampleListCredential = () => ({
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  id: 'https://example.com/credentials/status/3',
  type: ['VerifiableCredential', 'BitstringStatusListCredential'],
  issuer: 'did:example:12345',
  validFrom: '2021-04-05T14:27:40Z',
  credentialSubject: {
    id: 'https://example.com/status/3#list',
    type: 'BitstringStatusList',
    statusPurpose: 'revocation',
    encodedList: BSL_EXAMPLE_ENCODED_LIST,
  },
});

/** BSL §2.1 Example 1, first `credentialStatus` entry. */
export const bslExampleEntry = () => ({
  id: 'https://example.com/credentials/status/3#94567',
  type: 'BitstringStatusListEntry',
  statusPurpose: 'revocation',
  statusListIndex: '94567',
  statusListCredential: 'https://example.com/credentials/status/3',
});
