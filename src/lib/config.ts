/**
 * The catalog's settings in one place: the content folder, the site URL, and how the environment
 * overrides each (builds, the issuer CLIs, the test and benchmark harnesses). Safe to import
 * anywhere: a browser has no environment, so there the defaults hold.
 */

/** The content folder, as paths in the repository name it ("content/credentials/…"). */
export const CONTENT_FOLDER = 'content';

/** The site URL when none is set. Every badge, key and document URL is built from the site. */
export const DEFAULT_SITE = 'https://stackable.example/';

const env = (name: string): string | undefined =>
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env[name];

/** The content folder on disk: a flag (--content), else $STACKABLE_CONTENT, else ./content. */
export const contentFolder = (flag?: string): string => flag ?? env('STACKABLE_CONTENT') ?? CONTENT_FOLDER;

/** The site's origin: a flag (--site), else $STACKABLE_SITE, else the default. */
export const siteOrigin = (flag?: string): string => flag ?? env('STACKABLE_SITE') ?? DEFAULT_SITE;

/** The path the site is served under: $STACKABLE_BASE, else "/". */
export const basePath = (): string => env('STACKABLE_BASE') ?? '/';

/** The site root badges point at, base path included; always ends with "/". */
export const siteRoot = (flag?: string): string => new URL(basePath(), siteOrigin(flag)).href;

/** The git-ignored private key store: a flag (--keys), else $STACKABLE_KEYS, else ./.keys. */
export const keysFolder = (flag?: string): string => flag ?? env('STACKABLE_KEYS') ?? '.keys';

/** Where a build writes the site: $STACKABLE_OUT, else ./dist (e2e and benchmark builds keep theirs apart). */
export const outFolder = (): string => env('STACKABLE_OUT') ?? './dist';

/** Astro's content-layer cache: $STACKABLE_CACHE, else `fallback`. */
export const cacheFolder = (fallback: string): string => env('STACKABLE_CACHE') ?? fallback;

/**
 * Every entry body compiled as its own MDX module, as Astro does by default: $STACKABLE_MDX_MODULES=1.
 * Otherwise bodies that are plain Markdown are rendered by the content layer
 * (src/integrations/plain-bodies.ts). For comparing the two, and as a way back.
 */
export const mdxModulesForAll = (): boolean => env('STACKABLE_MDX_MODULES') === '1';
