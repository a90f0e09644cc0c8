/**
 * The catalog as the passport needs it: the recognition world (credentials with hours and
 * quality, stacks and their rules, recognizers and their rules) plus whether each stack is meant
 * to be earned in order. Plain JSON, so the passport page can embed it and work offline; rule
 * dates travel as ISO days and are turned back into dates on load.
 */
import type { RecognizerData } from '../catalog/schema/recognizer.ts';
import {
  makeWorld,
  type CredentialFacts,
  type RecognitionWorld,
  type RecognizerFacts,
  type StackFacts,
} from '../catalog/recognition/world.ts';

export interface PassportStack extends StackFacts {
  ordered: boolean;
}

export interface PassportCatalog {
  /** The catalog's address, for the record and links. */
  site: string;
  credentials: CredentialFacts[];
  stacks: PassportStack[];
  recognizers: RecognizerFacts[];
}

export function passportCatalog(
  site: string,
  world: RecognitionWorld,
  ordered: (stack: string) => boolean,
): PassportCatalog {
  return {
    site,
    credentials: [...world.credentials.values()],
    stacks: [...world.stacks.values()].map((s) => ({ ...s, ordered: ordered(s.id) })),
    recognizers: [...world.recognizers],
  };
}

const worlds = new WeakMap<PassportCatalog, RecognitionWorld>();
export function worldOf(c: PassportCatalog): RecognitionWorld {
  let w = worlds.get(c);
  if (!w) worlds.set(c, (w = makeWorld(c)));
  return w;
}

/** As JSON (dates as ISO strings). */
export const catalogToJson = (c: PassportCatalog): string => JSON.stringify(c);

const dayOf = (v: Date | string) =>
  new Date(`${String(v instanceof Date ? v.toISOString() : v).slice(0, 10)}T00:00:00Z`);

type JsonRule = Omit<RecognizerData['rules'][number], 'effective'> & {
  effective: { from: string; until?: string };
};

/** Back from JSON: rule dates become dates again. */
export function catalogFromJson(text: string): PassportCatalog {
  const c = JSON.parse(text) as PassportCatalog;
  for (const r of c.recognizers)
    for (const rule of r.data.rules as unknown as JsonRule[]) {
      const e = rule.effective as unknown as { from: Date | string; until?: Date | string };
      e.from = dayOf(e.from);
      if (e.until !== undefined) e.until = dayOf(e.until);
    }
  return c;
}
