/** The official OB 3.0 JSON Schemas (test/fixtures/schemas) compiled with Ajv (draft 2019-09). */
import { readFileSync } from 'node:fs';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/schemas/${name}.json`, import.meta.url), 'utf8')) as {
    $schema: string;
    $defs: Record<string, unknown>;
  };

const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const credential = load('achievementcredential');
const profile = load('profile');

export const validateCredential = ajv.compile(credential);
export const validateProfile = ajv.compile(profile);
/** The Achievement definition inside the credential schema, validated on its own. */
export const validateAchievement = ajv.compile({
  $schema: credential.$schema,
  $id: 'urn:stackable:achievement',
  $defs: credential.$defs,
  $ref: '#/$defs/Achievement',
});

export const errorsOf = (v: { errors?: unknown[] | null }) =>
  JSON.stringify(v.errors ?? [], null, 1).slice(0, 2000);
