/** The members of a JWK that hold private key material (RFC 7518 §6): a public key has none. */
export const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;
