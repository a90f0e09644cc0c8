/** The browser bundle of the verification benchmark: exposes `benchVerify` to the page. */
import { interleaved } from '../stats.ts';
import {
  contestants,
  installStaticFetch,
  measureAll,
  type VerifyFixtures,
  type VerifyRun,
} from './verify-sides.ts';

declare global {
  interface Window {
    benchVerify(fx: VerifyFixtures, rounds: number): Promise<VerifyRun>;
  }
}

window.benchVerify = async (fx, rounds) => {
  installStaticFetch(fx.documents);
  // Browsers round performance.now() to 0.1 ms: each sample is the mean of 20 calls.
  return measureAll(await contestants(fx), rounds, (s, r) => interleaved(s, r, 3, 20));
};
