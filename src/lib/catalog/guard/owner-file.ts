/** An issuer or recognizer file as the guard reads it: its maintainers and (for issuers) keys. */
import { parseSource } from '../source.ts';
import { keyName } from './key-changes.ts';

export interface OwnerView {
  maintainers: string[];
  keys: Map<string, Record<string, unknown>>;
  /** Line of a top-level field, for pointing at it. */
  lineOf(field: 'keys' | 'maintainers'): number;
  readable: boolean;
}

export function readOwnerFile(path: string, text: string | undefined): OwnerView | undefined {
  if (text === undefined) return undefined;
  const { source } = parseSource({ path, text });
  const data = (source?.data ?? {}) as { maintainers?: unknown; keys?: unknown };
  const maintainers = Array.isArray(data.maintainers)
    ? data.maintainers.filter((m): m is string => typeof m === 'string')
    : [];
  const keys = new Map<string, Record<string, unknown>>();
  if (Array.isArray(data.keys)) {
    data.keys.forEach((k, i) => {
      if (k && typeof k === 'object')
        keys.set(keyName(k as Record<string, unknown>, i), k as Record<string, unknown>);
    });
  }
  return { maintainers, keys, lineOf: (f) => source?.locate([f]).line ?? 1, readable: source !== undefined };
}
