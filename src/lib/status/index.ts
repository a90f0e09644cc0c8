/**
 * W3C Bitstring Status List v1.0 (Recommendation, 15 May 2025) and the deprecated 1EdTech
 * Revocation List: encoding, decoding and the pure checks around them. Fetching a list and
 * verifying its proof belong to the caller. Specification: https://www.w3.org/TR/vc-bitstring-status-list/.
 *
 * Typical verifier flow (BSL §3.2):
 * `parseStatusEntry(credential.credentialStatus)` → fetch and verify `statusListCredential` →
 * `parseStatusListCredential(listVc)` → `checkPurpose(info.purposes, entry)` →
 * `decodeList(info.encodedList)` → `readStatus(list, entry)`.
 */
export { MAX_BITS, MIN_BITS, Bitstring } from './bitstring.ts';
export {
  DEFAULT_MAX_BYTES,
  decodeList,
  decodeListDetailed,
  encodeList,
  type DecodeOptions,
  type DecodedList,
  type ListEncoding,
} from './encoded-list.ts';
export {
  MAX_STATUS_INDEX,
  MAX_STATUS_SIZE,
  parseStatusEntry,
  type ParsedStatusEntry,
  type StatusEntry,
  type StatusMessage,
} from './entry.ts';
export { checkPurpose, readStatus, type StatusReading } from './read-status.ts';
export { parseStatusListCredential, type StatusListCredentialInfo } from './list-credential.ts';
export { isRevokedIn1EdTechList } from './revocation-list-1edtech.ts';
export { allocateIndex, cryptoRandomInt, type RandomInt } from './allocate.ts';
export {
  SPEC_ERROR_BASE,
  StatusError,
  isStatusError,
  type BslErrorName,
  type StatusErrorCode,
} from './errors.ts';
