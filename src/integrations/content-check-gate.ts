/**
 * The gate between the content check and everything in a build that runs or writes out the
 * content. A build starts the check and goes on while it runs on worker threads: Astro's content
 * layer reads the frontmatter and the bundler compiles the bodies in memory, neither of which
 * runs an entry's code. Three places wait for the check's verdict:
 *
 * - the bundler, before it writes any file (`generateBundle`): pages are rendered, running each
 *   entry's compiled body, only after the bundles are written, so nothing the check refuses is
 *   ever run or published;
 * - the bundler, when it fails (`buildEnd` with an error): a body the check would refuse often
 *   fails to compile too, and the check's list (every problem, with file, line and field) is
 *   the error to show, not the first compiler error;
 * - the content layer, when a loader fails (`gatedLoader`): the same for frontmatter that
 *   Astro's own schema rejects.
 *
 * Outside a build (dev server, `astro sync`, `astro check`) the check is awaited before anything
 * else and there is no gate to wait for. State is kept on the process, because Astro loads the
 * content config in its own module graph.
 */
import type { Loader } from 'astro/loaders';
import type { Plugin } from 'vite';

const KEY = Symbol.for('stackable.content-check-gate');
type Holder = { [KEY]?: Promise<void> };

/** Called by the content check of a build: `check` settles when the check does. */
export function openGate(check: Promise<unknown>): void {
  const gate = check.then(() => undefined);
  // Every caller of contentChecked() sees the rejection; the promise itself must not be reported
  // as unhandled while the build is still compiling.
  gate.catch(() => undefined);
  (globalThis as Holder)[KEY] = gate;
}

/** Resolves when this process's content check passed; rejects with its error when it did not. */
export const contentChecked = (): Promise<void> => (globalThis as Holder)[KEY] ?? Promise.resolve();

/** Forgets the gate (tests). */
export function closeGate(): void {
  delete (globalThis as Holder)[KEY];
}

/** A loader whose failure gives way to the content check's error when the check fails too. */
export function gatedLoader(inner: Loader): Loader {
  return {
    ...inner,
    load: async (context) => {
      try {
        await inner.load(context);
      } catch (error) {
        await contentChecked();
        throw error;
      }
    },
  };
}

/** The bundler's side of the gate (see above); added to Vite's plugins by the content check. */
export function gatePlugin(): Plugin {
  return {
    name: 'stackable:content-check-gate',
    async buildEnd(error) {
      if (error) await contentChecked();
    },
    async generateBundle() {
      await contentChecked();
    },
  };
}
