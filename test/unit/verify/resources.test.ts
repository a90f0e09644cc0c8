/**
 * src/lib/verify/resources.ts alone (issue 17, item 4): whatever fetch function a caller hands it,
 * no request goes to an address the public-URL policy refuses, and the refusal is reported as
 * "Not fetched: <reason>", "could not check"; a refusal by the caller's own fetcher (the CLI's
 * DNS check) is reported the same way.
 */
import { describe, expect, it } from 'vitest';
import { VerifyError } from '../../../src/lib/verify/errors.ts';
import { Resources } from '../../../src/lib/verify/resources.ts';

const recording = () => {
  const asked: string[] = [];
  const fetch = async (url: string) => {
    asked.push(url);
    return { status: 200, headers: { get: () => null }, text: async () => '{}' };
  };
  return { asked, fetch };
};

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(VerifyError);
  return e as VerifyError;
};

describe('Resources', () => {
  it.each([
    'https://169.254.169.254/latest/meta-data/',
    'http://127.0.0.1:8080/status/1',
    'https://127.0.0.1/keys/1',
    'https://[::ffff:127.0.0.1]/did.json',
    'https://printer.local/status/1',
    'https://localhost/assertions/1',
    'http://badges.example.org/assertions/1',
  ])('never asks the fetcher for %s, and says why', async (url) => {
    const { asked, fetch } = recording();
    const e = await refusal(new Resources({ fetch }).get(url));
    expect(e.code).toBe('ERR_FETCH_NOT_ALLOWED');
    expect(e.message).toMatch(/^Not fetched: /);
    expect(asked).toEqual([]);
  });

  it('fetches a public https address', async () => {
    const { asked, fetch } = recording();
    await new Resources({ fetch }).get('https://badges.example.org/keys/1');
    expect(asked).toEqual(['https://badges.example.org/keys/1']);
  });

  it("reports the caller's own refusal (a name resolving to a private address) as not fetched", async () => {
    const fetch = () =>
      Promise.reject(new Error('Not fetched: intranet.example.org resolves to 10.0.0.7, a private network.'));
    const e = await refusal(new Resources({ fetch }).get('https://intranet.example.org/status/1'));
    expect(e.code).toBe('ERR_FETCH_NOT_ALLOWED');
    expect(e.message).toBe('Not fetched: intranet.example.org resolves to 10.0.0.7, a private network');
  });

  it('serves local documents (--map) without any network', async () => {
    const r = new Resources({ documents: new Map([['https://127.0.0.1/doc', 'local']]) });
    expect((await r.get('https://127.0.0.1/doc')).body).toBe('local');
  });
});
