/** Node-only: the bytes of a credential's own PNG artwork, resolved exactly as the content check does. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveRelative } from './rules/images.ts';

/** `contentDir` is the absolute content folder; `src` is relative to the credential file. */
export function artworkPng(contentDir: string, credentialId: string, src: string): Uint8Array {
  const repoPath = resolveRelative(`content/credentials/${credentialId}.mdx`, src);
  if (!repoPath?.startsWith('content/images/'))
    throw new Error(`artwork of ${credentialId} is outside content/images/ (run npm run check)`);
  return new Uint8Array(readFileSync(join(contentDir, repoPath.slice('content/'.length))));
}
