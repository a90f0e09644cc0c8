import fc from 'fast-check';
import { fraction, stringEdit } from '/work/main/test/helpers/mutate.ts';
console.log(fc.sample(fraction, { seed: 1, numRuns: 20 }).map((x) => x.toFixed(2)).join(' '));
console.log(fc.sample(stringEdit, { seed: 1, numRuns: 10 }).map((x) => JSON.stringify(x)).join('\n'));
