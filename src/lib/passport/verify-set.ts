/**
 * Verifies a set of badges: each input (a file's bytes, a pasted piece) through `verifyBadge`,
 * one at a time; a Verifiable Presentation first has its holder's proof checked
 * (presentation/verify.ts), then each credential inside is verified like any other badge and
 * reported with whether the holder is tied to it. Nothing throws past this function.
 */
import { readInput, type BadgeInput } from '../verify/input.ts';
import type { Report } from '../verify/report.ts';
import { contextFor, verifyBadge, type VerifyOptions } from '../verify/verify.ts';
import { presentationOf } from './presentation/detect.ts';
import { holderBinding, type HolderBinding } from './presentation/holder.ts';
import { verifyPresentation, type PresentationResult } from './presentation/verify.ts';

export interface PassportInput {
  /** What the reader calls it: a file name, "pasted badge 2". */
  name: string;
  data: BadgeInput;
}

export interface PassportEntry {
  /** 1-based position in the set. */
  n: number;
  source: string;
  report: Report;
  /** The badge's text (a token or JSON), for a shareable link; absent when it could not be read. */
  text?: string;
  /** The presentation it came in (index into `presentations`), and whether its holder is tied to it. */
  presentation?: number;
  holder?: HolderBinding;
}

export interface PresentationEntry extends PresentationResult {
  source: string;
  /** The presentation's own text, for a shareable link. */
  text: string;
}

export interface VerifiedSet {
  entries: PassportEntry[];
  presentations: PresentationEntry[];
}

/** The text of an input, when it reads as one (a file of JSON, a baked image); else undefined. */
async function textOf(data: BadgeInput): Promise<string | undefined> {
  try {
    return (await readInput(data)).text;
  } catch {
    return undefined;
  }
}

export async function verifySet(
  inputs: readonly PassportInput[],
  options: Omit<VerifyOptions, 'recipientEmail'> = {},
  onProgress?: (done: number) => void,
): Promise<VerifiedSet> {
  const entries: PassportEntry[] = [];
  const presentations: PresentationEntry[] = [];
  // One context for the whole set: the registry index and fetched documents are shared.
  const ctx = contextFor(options);
  const shared = { ...options, registry: ctx.registry, resources: ctx.resources };
  const add = (e: Omit<PassportEntry, 'n'>) => entries.push({ n: entries.length + 1, ...e });
  for (const [i, input] of inputs.entries()) {
    const text = await textOf(input.data);
    const vp = text === undefined ? undefined : presentationOf(text);
    if (vp && text !== undefined) {
      const result = await verifyPresentation(vp, ctx);
      const index = presentations.push({ ...result, source: input.name, text }) - 1;
      for (const [j, inner] of result.credentials.entries()) {
        const report = await verifyBadge(inner, shared);
        add({
          source: `${input.name}, credential ${j + 1}`,
          report,
          text: inner,
          presentation: index,
          holder: holderBinding(result, report.credential),
        });
      }
    } else {
      add({
        source: input.name,
        report: await verifyBadge(input.data, shared),
        ...(text !== undefined ? { text } : {}),
      });
    }
    onProgress?.(i + 1);
  }
  return { entries, presentations };
}
