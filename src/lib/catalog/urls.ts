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
  stacks: () => '/stacks/',
  stack: (id: string) => `/stacks/${id}/`,
  rubrics: () => '/rubrics/',
  rubric: (id: string) => `/rubrics/${id}/`,
  issuers: () => '/issuers/',
  issuer: (id: string) => `/issuers/${id}/`,
  profile: (id: string) => `/issuers/${id}/profile.json`,
  jwks: (id: string) => `/issuers/${id}/jwks.json`,
  key: (issuer: string, kid: string) => `/issuers/${issuer}/keys/${kid}.json`,
  statusList: (issuer: string, list: string) => `/issuers/${issuer}/status/${list}`,
  glossary: (term?: string) => (term ? `/glossary/#${term}` : '/glossary/'),
  verify: () => '/verify/',
  selfAssessment: () => '/self-assessment/',
  catalogJson: () => '/catalog.json',
  wellKnownJwks: () => '/.well-known/jwks.json',
} as const;
