/**
 * The issuer's W3C Bitstring Status List credential (https://www.w3.org/TR/vc-bitstring-status-list/): published at the URL
 * badges name in `statusListCredential`, signed with the same key and mechanism as the badges.
 */
import { VC_V2 } from './contexts.ts';
import { isoSeconds } from './credential.ts';

export interface StatusListCredential {
  '@context': readonly string[];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: string;
  validFrom: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: 'revocation';
    encodedList: string;
  };
}

export function buildStatusListCredential(
  listUrl: string,
  issuerProfile: string,
  encodedList: string,
  validFrom: Date,
): StatusListCredential {
  return {
    '@context': [VC_V2],
    id: listUrl,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerProfile,
    validFrom: isoSeconds(validFrom),
    credentialSubject: {
      id: `${listUrl}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList,
    },
  };
}
