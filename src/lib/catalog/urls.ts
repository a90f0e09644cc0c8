/**
 * Every URL the site publishes, in one place. Paths are relative to the site's base; the
 * Astro side prefixes the base (`src/utils/href.ts`) and the OB 3.0 documents make them
 * absolute with the site URL. These URLs are part of issued badges: never change one.
 */
export const paths = {
  home: () => '/',
  credentials: () => '/credentials/',
  credential: (id: string) => `/credentials/${id}/`,
  achievement: (id: string) => `/credentials/${id}/achievement.json`,
  badge: (id: string) => `/credentials/${id}/badge.svg`,
  credentialCtdl: (id: string) => `/credentials/${id}/ctdl.json`,
  stacks: () => '/stacks/',
  stack: (id: string) => `/stacks/${id}/`,
  stackCtdl: (id: string) => `/stacks/${id}/ctdl.json`,
  rubrics: () => '/rubrics/',
  rubric: (id: string) => `/rubrics/${id}/`,
  issuers: () => '/issuers/',
  issuer: (id: string) => `/issuers/${id}/`,
  profile: (id: string) => `/issuers/${id}/profile.json`,
  jwks: (id: string) => `/issuers/${id}/jwks.json`,
  /** The issuer's DID document: its did:web resolves here (docs/architecture.md, "Issuer identities"). */
  didDocument: (id: string) => `/issuers/${id}/did.json`,
  /** The catalog's issuers in the issuer-registry format DCC verifiers load. */
  issuerRegistry: () => '/issuers/registry.json',
  issuerCtdl: (id: string) => `/issuers/${id}/ctdl.json`,
  recognizers: () => '/recognizers/',
  recognizer: (id: string) => `/recognizers/${id}/`,
  /** A rule's stable address: its anchor on the recognizer's page. */
  rule: (recognizer: string, rule: string) => `/recognizers/${recognizer}/#rule-${rule}`,
  recognizerJson: (id: string) => `/recognizers/${id}/recognizer.json`,
  recognizerCtdl: (id: string) => `/recognizers/${id}/ctdl.json`,
  policy: (recognizer: string, slug: string) => `/recognizers/${recognizer}/policies/${slug}/`,
  key: (issuer: string, kid: string) => `/issuers/${issuer}/keys/${kid}.json`,
  statusList: (issuer: string, list: string) => `/issuers/${issuer}/status/${list}`,
  /** The same list as a Data Integrity-signed credential, which Data Integrity badges name. */
  statusListJson: (issuer: string, list: string) => `/issuers/${issuer}/status/${list}.json`,
  glossary: (term?: string) => (term ? `/glossary/#${term}` : '/glossary/'),
  verify: () => '/verify/',
  passport: () => '/passport/',
  selfAssessment: () => '/self-assessment/',
  catalogJson: () => '/catalog.json',
  wellKnownJwks: () => '/.well-known/jwks.json',
} as const;
