/** Open Badges 2.0, signed and hosted: loaded on demand, only for a badge that is one. */
export { ob2Hosted } from './hosted.ts';
export { ob2Signed } from './signed.ts';
