import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BUNDLE_FOLDER,
  CredentialDocumentsError,
  unpackCredentialDocuments,
  type DocumentBundle,
} from '../../../src/integrations/credential-documents.ts';

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'stackable-docs-'));
  mkdirSync(join(site, BUNDLE_FOLDER));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

const bundle = (issuer: string, b: DocumentBundle) =>
  writeFileSync(join(site, BUNDLE_FOLDER, `${issuer}.json`), JSON.stringify(b));

describe('unpackCredentialDocuments', () => {
  it('writes every document beside its credential page and deletes the bundles', () => {
    bundle('acme', {
      files: [
        ['credentials/acme/one/achievement.json', '{"id":"a"}'],
        ['credentials/acme/one/badge.svg', '<svg/>'],
        ['credentials/acme/two/ctdl.json', '{"@id":"c"}'],
      ],
    });
    bundle('other-org', { files: [['credentials/other-org/x/achievement.json', '{}']] });
    expect(unpackCredentialDocuments(site)).toBe(4);
    expect(readFileSync(join(site, 'credentials/acme/one/achievement.json'), 'utf8')).toBe('{"id":"a"}');
    expect(readFileSync(join(site, 'credentials/acme/one/badge.svg'), 'utf8')).toBe('<svg/>');
    expect(readFileSync(join(site, 'credentials/acme/two/ctdl.json'), 'utf8')).toBe('{"@id":"c"}');
    expect(existsSync(join(site, 'credentials/other-org/x/achievement.json'))).toBe(true);
    expect(existsSync(join(site, BUNDLE_FOLDER))).toBe(false);
  });

  it('does nothing when the build made no bundles (a dev build, an empty catalog)', () => {
    rmSync(join(site, BUNDLE_FOLDER), { recursive: true });
    expect(unpackCredentialDocuments(site)).toBe(0);
  });

  it.each([
    '../outside/achievement.json',
    'credentials/acme/../../../etc/badge.svg',
    'credentials/acme/one/index.html',
    'credentials/acme/achievement.json',
    '/credentials/acme/one/badge.svg',
    'credentials/Acme/one/badge.svg',
  ])('refuses to write %s', (path) => {
    bundle('acme', { files: [[path, 'x']] });
    expect(() => unpackCredentialDocuments(site)).toThrow(CredentialDocumentsError);
    expect(existsSync(join(site, 'outside'))).toBe(false);
  });

  it('refuses a bundle without a files list, naming the file', () => {
    writeFileSync(join(site, BUNDLE_FOLDER, 'acme.json'), '{"documents":[]}');
    expect(() => unpackCredentialDocuments(site)).toThrow(/acme\.json: no "files" list/);
  });
});
