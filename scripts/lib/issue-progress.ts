/**
 * The files an issuing run keeps in its output folder (scripts/lib/issue-run.ts): manifest.json,
 * every recipient with a badge, rewritten now and then and at the end; and the journal, one line
 * appended per badge as soon as it is written, replayed on resume and removed when a run ends.
 */
export const MANIFEST = 'manifest.json';
export const JOURNAL = 'manifest.journal.jsonl';
