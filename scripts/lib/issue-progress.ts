/**
 * What an issuing run has recorded so far, read from its output folder: the recipients in
 * manifest.json and in the journal the run appends to after every badge (scripts/lib/issue-run.ts
 * keeps both). Read synchronously, so an interrupt handler can say how far a batch got.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST = 'manifest.json';
export const JOURNAL = 'manifest.journal.jsonl';

/** The recipient keys recorded as issued in `out`. */
export function recordedRecipients(out: string): Set<string> {
  const keys = new Set<string>();
  try {
    const m = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as {
      recipients?: Record<string, unknown>;
    };
    for (const k of Object.keys(m.recipients ?? {})) keys.add(k);
  } catch {
    // No manifest yet, or one cut off mid-write: the journal has the rest.
  }
  let journal: string;
  try {
    journal = readFileSync(join(out, JOURNAL), 'utf8');
  } catch {
    return keys;
  }
  for (const line of journal.split('\n')) {
    try {
      const { key } = JSON.parse(line) as { key?: unknown };
      if (typeof key === 'string') keys.add(key);
    } catch {
      // A line cut off by the interruption: that badge is issued again on resume.
    }
  }
  return keys;
}
