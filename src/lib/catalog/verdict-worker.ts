/**
 * Node-only: a worker thread of src/lib/catalog/verdict-pool.ts. Receives batches of
 * [file, collection] and answers each with the batch's verdicts, in order.
 */
import { parentPort } from 'node:worker_threads';
import type { CollectionName } from './collections.ts';
import { judgeEntry } from './entry-verdict.ts';
import type { SourceFile } from './source.ts';

parentPort?.on('message', (batch: [SourceFile, CollectionName][]) => {
  parentPort?.postMessage(batch.map(([file, collection]) => judgeEntry(file, collection)));
});
