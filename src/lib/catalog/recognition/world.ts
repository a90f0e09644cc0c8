/**
 * What recognition needs to know about the catalog, as plain data: each credential's issuer,
 * status, hours and whether it meets the quality standards; each stack's members and rule; the
 * recognizers and their rules. Pages, catalog.json, CTDL exports and the credit calculation
 * all work from this one view (see docs/architecture.md, "Recognition").
 */
import type { RecognitionRule, RecognizerData } from '../schema/recognizer.ts';
import type { StackRule } from '../schema/stack.ts';

export type LifecycleStatus = 'draft' | 'active' | 'retired';

export interface CredentialFacts {
  id: string;
  title: string;
  issuer: string;
  status: LifecycleStatus;
  hours: number;
  /** Its quality review meets every standard of the quality rubric. */
  meetsQuality: boolean;
}

export interface StackFacts {
  id: string;
  title: string;
  status: LifecycleStatus;
  credentials: readonly string[];
  rule: StackRule;
}

export interface RecognizerFacts {
  id: string;
  data: RecognizerData;
}

export interface RecognitionWorld {
  /** In catalog order: results that list credentials keep it. */
  credentials: ReadonlyMap<string, CredentialFacts>;
  stacks: ReadonlyMap<string, StackFacts>;
  recognizers: readonly RecognizerFacts[];
}

/** A rule with the recognizer that made it. */
export interface RuleRef {
  recognizer: RecognizerFacts;
  rule: RecognitionRule;
}

export function makeWorld(input: {
  credentials: readonly CredentialFacts[];
  stacks: readonly StackFacts[];
  recognizers: readonly RecognizerFacts[];
}): RecognitionWorld {
  return {
    credentials: new Map(input.credentials.map((c) => [c.id, c])),
    stacks: new Map(input.stacks.map((s) => [s.id, s])),
    recognizers: input.recognizers,
  };
}

/** Every rule of every recognizer, in file order. */
export const allRules = (world: RecognitionWorld): RuleRef[] =>
  world.recognizers.flatMap((recognizer) => recognizer.data.rules.map((rule) => ({ recognizer, rule })));
