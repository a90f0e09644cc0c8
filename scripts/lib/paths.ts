/** Where the CLIs read and write: the content folder and the private key store. */
import { resolve } from 'node:path';

/** The content folder: --content, else $STACKABLE_CONTENT, else ./content. */
export const contentDir = (flag?: string) => resolve(flag ?? process.env.STACKABLE_CONTENT ?? 'content');

/** The git-ignored private key store: --keys, else $STACKABLE_KEYS, else ./.keys. */
export const keysDir = (flag?: string) => resolve(flag ?? process.env.STACKABLE_KEYS ?? '.keys');

/** The site URL badges point at: --site, else $STACKABLE_SITE, else the default in astro.config.mjs. */
export const siteRoot = (flag?: string) => {
  const site = flag ?? process.env.STACKABLE_SITE ?? 'https://stackable.example';
  const base = process.env.STACKABLE_BASE ?? '/';
  return new URL(base, site).href;
};
