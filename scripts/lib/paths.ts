/** Where the CLIs read and write, as absolute paths: the settings of src/lib/config.ts, resolved. */
import { resolve } from 'node:path';
import { contentFolder, keysFolder } from '../../src/lib/config.ts';

export { siteRoot } from '../../src/lib/config.ts';

/** The content folder: --content, else $STACKABLE_CONTENT, else ./content. */
export const contentDir = (flag?: string) => resolve(contentFolder(flag));

/** The git-ignored private key store: --keys, else $STACKABLE_KEYS, else ./.keys. */
export const keysDir = (flag?: string) => resolve(keysFolder(flag));
