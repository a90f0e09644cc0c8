/**
 * The JSON-LD contexts a Data Integrity proof may name, bundled so that canonicalization never
 * touches the network (docs/architecture.md, "Resources"). Byte-for-byte copies of the published
 * contexts; origins and licenses in ./contexts/README.md. Any other context URL is refused.
 */
import clrV2p0Context201 from './contexts/clr-v2p0-context-2.0.1.json' with { type: 'json' };
import clrV2p0Context from './contexts/clr-v2p0-context.json' with { type: 'json' };
import credentialsExamplesV1 from './contexts/credentials-examples-v1.json' with { type: 'json' };
import credentialsExamplesV2 from './contexts/credentials-examples-v2.json' with { type: 'json' };
import credentialsV1 from './contexts/credentials-v1.json' with { type: 'json' };
import credentialsV2 from './contexts/credentials-v2.json' with { type: 'json' };
import dataIntegrityV1 from './contexts/data-integrity-v1.json' with { type: 'json' };
import dataIntegrityV2 from './contexts/data-integrity-v2.json' with { type: 'json' };
import didV1 from './contexts/did-v1.json' with { type: 'json' };
import ed255192018V1 from './contexts/ed25519-2018-v1.json' with { type: 'json' };
import ed255192020V1 from './contexts/ed25519-2020-v1.json' with { type: 'json' };
import multikeyV1 from './contexts/multikey-v1.json' with { type: 'json' };
import obV2p0Context from './contexts/ob-v2p0-context.json' with { type: 'json' };
import obV3p0Context301 from './contexts/ob-v3p0-context-3.0.1.json' with { type: 'json' };
import obV3p0Context302 from './contexts/ob-v3p0-context-3.0.2.json' with { type: 'json' };
import obV3p0Context303 from './contexts/ob-v3p0-context-3.0.3.json' with { type: 'json' };
import obV3p0Context from './contexts/ob-v3p0-context.json' with { type: 'json' };
import obV3p0Extensions from './contexts/ob-v3p0-extensions.json' with { type: 'json' };
import odrl from './contexts/odrl.json' with { type: 'json' };
import securityV1 from './contexts/security-v1.json' with { type: 'json' };
import securityV2 from './contexts/security-v2.json' with { type: 'json' };
import statusList2021V1 from './contexts/status-list-2021-v1.json' with { type: 'json' };
import statusV1 from './contexts/status-v1.json' with { type: 'json' };
import x255192020V1 from './contexts/x25519-2020-v1.json' with { type: 'json' };

export const CONTEXTS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['https://www.w3.org/ns/credentials/v2', credentialsV2],
  ['https://www.w3.org/2018/credentials/v1', credentialsV1],
  ['https://www.w3.org/ns/credentials/examples/v2', credentialsExamplesV2],
  ['https://www.w3.org/2018/credentials/examples/v1', credentialsExamplesV1],
  ['https://www.w3.org/ns/odrl.jsonld', odrl],
  ['https://www.w3.org/ns/credentials/status/v1', statusV1],
  ['https://w3id.org/vc/status-list/2021/v1', statusList2021V1],
  ['https://w3id.org/security/data-integrity/v1', dataIntegrityV1],
  ['https://w3id.org/security/data-integrity/v2', dataIntegrityV2],
  ['https://w3id.org/security/multikey/v1', multikeyV1],
  ['https://w3id.org/security/suites/ed25519-2018/v1', ed255192018V1],
  ['https://w3id.org/security/suites/ed25519-2020/v1', ed255192020V1],
  ['https://w3id.org/security/suites/x25519-2020/v1', x255192020V1],
  ['https://w3id.org/security/v1', securityV1],
  ['https://w3id.org/security/v2', securityV2],
  ['https://www.w3.org/ns/did/v1', didV1],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context.json', obV3p0Context],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld', obV3p0Context],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json', obV3p0Context301],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json', obV3p0Context302],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', obV3p0Context303],
  ['https://purl.imsglobal.org/spec/ob/v3p0/extensions.json', obV3p0Extensions],
  ['https://w3id.org/openbadges/v2', obV2p0Context],
  ['https://openbadgespec.org/v2/context.json', obV2p0Context],
  ['https://purl.imsglobal.org/spec/clr/v2p0/context.json', clrV2p0Context],
  ['https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', clrV2p0Context201],
]);
