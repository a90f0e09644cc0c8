/**
 * The gate alone (src/integrations/content-check-gate.ts): what waits for the content check, and
 * whose error wins when both the check and Astro's own loading or compiling fail.
 */
import type { Loader } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeGate,
  contentChecked,
  gatedLoader,
  gatePlugin,
  openGate,
} from '../../../src/integrations/content-check-gate.ts';

afterEach(closeGate);

const checkError = new Error('The catalog content has problems: x.mdx:3 hours');
const astroError = new Error('credentials → x data does not match collection schema');

/** A promise and the functions that settle it, for a check that is still running. */
function pending() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Starts `work` with a check still running: it must not settle until the check passes, then must. */
async function heldUntilPassed(work: () => Promise<unknown>) {
  const check = pending();
  openGate(check.promise);
  let done = false;
  const running = work().then(() => (done = true));
  await new Promise((r) => setTimeout(r, 10));
  expect(done).toBe(false);
  check.resolve();
  await running;
  expect(done).toBe(true);
}

const failingLoader: Loader = {
  name: 'glob-loader',
  load: () => Promise.reject(astroError),
};
const context = {} as Parameters<Loader['load']>[0];
const hook = <F>(h: F) => h as unknown as (...args: unknown[]) => Promise<void>;

describe('contentChecked', () => {
  it('resolves at once when no build opened a gate', async () => {
    await expect(contentChecked()).resolves.toBeUndefined();
  });

  it('waits for a running check and resolves when it passes', async () => {
    await heldUntilPassed(contentChecked);
  });

  it("rejects with the check's own error when it fails", async () => {
    openGate(Promise.reject(checkError));
    await expect(contentChecked()).rejects.toBe(checkError);
  });
});

describe('gatedLoader', () => {
  it("keeps the loader's name and answers with its error when the check passes", async () => {
    openGate(Promise.resolve());
    const gated = gatedLoader(failingLoader);
    expect(gated.name).toBe('glob-loader');
    await expect(gated.load(context)).rejects.toBe(astroError);
  });

  it("gives way to the check's error when both fail, even if the check ends later", async () => {
    const check = pending();
    openGate(check.promise);
    const loading = gatedLoader(failingLoader).load(context);
    setTimeout(() => check.reject(checkError), 10);
    await expect(loading).rejects.toBe(checkError);
  });

  it('does not wait for the check when the loader succeeds', async () => {
    openGate(new Promise(() => {}));
    let loaded = false;
    await gatedLoader({ name: 'ok', load: async () => void (loaded = true) }).load(context);
    expect(loaded).toBe(true);
  });
});

describe('gatePlugin', () => {
  it('holds back writing the bundle until the check has passed', async () => {
    await heldUntilPassed(() => hook(gatePlugin().generateBundle)());
  });

  it('refuses to write the bundle when the check failed', async () => {
    openGate(Promise.reject(checkError));
    await expect(hook(gatePlugin().generateBundle)()).rejects.toBe(checkError);
  });

  it("replaces a compile error with the check's error when the check failed", async () => {
    openGate(Promise.reject(checkError));
    await expect(hook(gatePlugin().buildEnd)(astroError)).rejects.toBe(checkError);
  });

  it('lets a bundle that compiled end without waiting for the check', async () => {
    openGate(new Promise(() => {}));
    await expect(hook(gatePlugin().buildEnd)(undefined)).resolves.toBeUndefined();
  });
});
