/** JSON-LD contexts of the documents we publish and issue (Open Badges 3.0 and VC 2.0 contexts: https://www.imsglobal.org/spec/ob/v3p0/). */
export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const VC_V1 = 'https://www.w3.org/2018/credentials/v1';
/** The newest OB 3.0 context; it defines `jti`, which our VC-JWT payloads carry (§1.1). */
export const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** Defines `1EdTechJsonSchemaValidator2019`, needed for `credentialSchema` under JSON-LD safe mode. */
export const OB_V3_EXTENSIONS = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
export const OB_V2 = 'https://w3id.org/openbadges/v2';

export const OB3_CONTEXT = [VC_V2, OB_V3] as const;
export const OB3_CREDENTIAL_CONTEXT = [VC_V2, OB_V3, OB_V3_EXTENSIONS] as const;

/** The canonical JSON Schema of an OpenBadgeCredential, as the spec's credentialSchema examples name it (§1.10). */
export const OB3_CREDENTIAL_SCHEMA = {
  id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
  type: '1EdTechJsonSchemaValidator2019',
} as const;
