/**
 * What a rule accepts. A selection names credentials, a whole stack, every active credential
 * of an issuer, or any active credential that meets all the quality standards. Credentials of
 * a selected stack count only once the stack is complete (see credit.ts).
 */
import type { RuleSelection } from '../schema/recognizer.ts';
import type { CredentialFacts, RecognitionWorld } from './world.ts';

/** Whether the selection takes this credential into account, on its own or as part of its stack. */
export function selects(sel: RuleSelection, c: CredentialFacts, world: RecognitionWorld): boolean {
  switch (sel.type) {
    case 'credentials':
      return sel.credentials.includes(c.id);
    case 'stack':
      return world.stacks.get(sel.stack)?.credentials.includes(c.id) ?? false;
    case 'issuer':
      return c.issuer === sel.issuer && c.status === 'active';
    case 'quality-standards':
      return c.meetsQuality && c.status === 'active';
  }
}

const cache = new WeakMap<RecognitionWorld, WeakMap<RuleSelection, { list: string[]; set: Set<string> }>>();

function selection(sel: RuleSelection, world: RecognitionWorld) {
  let perWorld = cache.get(world);
  if (!perWorld) cache.set(world, (perWorld = new WeakMap()));
  let got = perWorld.get(sel);
  if (!got) {
    const list =
      sel.type === 'credentials'
        ? sel.credentials.filter((id) => world.credentials.has(id))
        : sel.type === 'stack'
          ? [...(world.stacks.get(sel.stack)?.credentials ?? [])]
          : [...world.credentials.values()].filter((c) => selects(sel, c, world)).map((c) => c.id);
    got = { list, set: new Set(list) };
    perWorld.set(sel, got);
  }
  return got;
}

/**
 * Every credential the selection takes into account, in catalog order. Computed once per
 * selection and world (a world is not changed after it is made): do not modify the result.
 */
export const selectedCredentials = (sel: RuleSelection, world: RecognitionWorld): readonly string[] =>
  selection(sel, world).list;

/** The same, as a set, to test membership. */
export const selectedSet = (sel: RuleSelection, world: RecognitionWorld): ReadonlySet<string> =>
  selection(sel, world).set;
