/**
 * After `astro build`, writes each credential's documents (achievement.json, badge.svg,
 * ctdl.json) beside its page from the per-issuer files src/pages/credential-documents/ built,
 * then deletes those files (build input only). See docs/architecture.md, "Build at scale".
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One issuer's credential documents: each file's path under the site root, and its text. */
export interface DocumentBundle {
  files: [path: string, text: string][];
}

export const BUNDLE_FOLDER = 'credential-documents';

/** The only paths a bundle may write: a document in a credential's folder. */
const DOCUMENT_PATH =
  /^credentials\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*\/(?:achievement\.json|badge\.svg|ctdl\.json)$/;

export class CredentialDocumentsError extends Error {
  override name = 'CredentialDocumentsError';
}

/** Writes every bundle's documents under `site` (the build's output folder) and removes the bundles; returns how many documents it wrote. */
export function unpackCredentialDocuments(site: string): number {
  const folder = join(site, BUNDLE_FOLDER);
  if (!existsSync(folder)) return 0;
  let written = 0;
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = join(folder, name);
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as DocumentBundle;
    if (!Array.isArray(bundle.files)) throw new CredentialDocumentsError(`${file}: no "files" list`);
    for (const [path, text] of bundle.files) {
      if (typeof path !== 'string' || !DOCUMENT_PATH.test(path) || typeof text !== 'string')
        throw new CredentialDocumentsError(`${file}: not a credential document: ${JSON.stringify(path)}`);
      const target = join(site, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      written++;
    }
  }
  rmSync(folder, { recursive: true, force: true });
  return written;
}

export default function credentialDocuments(): AstroIntegration {
  return {
    name: 'stackable:credential-documents',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const n = unpackCredentialDocuments(fileURLToPath(dir));
        logger.info(`wrote ${n} credential documents in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
