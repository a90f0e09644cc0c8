/**
 * Namespaces in content/: who owns which files. An issuer owns its issuer file and the folders
 * named after it under credentials/, status/ and images/; a recognizer owns its recognizer
 * file and its folder under policies/. Everything else is shared, and catalog maintainers
 * review it. The namespace guard and CODEOWNERS are both generated from this table.
 */
export const OWNER_KINDS = {
  issuer: { dir: 'issuers', folders: ['credentials', 'status', 'images'] },
  recognizer: { dir: 'recognizers', folders: ['policies'] },
} as const;

export type OwnerKind = keyof typeof OWNER_KINDS;

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** The owner file a path is (`content/issuers/<id>.md`), if it is one. */
export function ownerFileOf(path: string): { kind: OwnerKind; id: string } | undefined {
  for (const [kind, o] of Object.entries(OWNER_KINDS) as [OwnerKind, (typeof OWNER_KINDS)[OwnerKind]][]) {
    const id = new RegExp(`^content/${o.dir}/(${SLUG})\\.mdx?$`).exec(path)?.[1];
    if (id) return { kind, id };
  }
  return undefined;
}

/** The owner whose folder a path is in (`content/credentials/<id>/…`), if any. */
export function ownerFolderOf(path: string): { kind: OwnerKind; id: string; folder: string } | undefined {
  for (const [kind, o] of Object.entries(OWNER_KINDS) as [OwnerKind, (typeof OWNER_KINDS)[OwnerKind]][]) {
    const m = new RegExp(`^content/(${o.folders.join('|')})/([^/]+)/`).exec(path);
    if (m?.[1] && m[2]) return { kind, id: m[2], folder: m[1] };
  }
  return undefined;
}

/** Both spellings of an owner's file. */
export const ownerFilePaths = (kind: OwnerKind, id: string) => [
  `content/${OWNER_KINDS[kind].dir}/${id}.md`,
  `content/${OWNER_KINDS[kind].dir}/${id}.mdx`,
];
