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

/** Every credential the selection takes into account, in catalog order. */
export function selectedCredentials(sel: RuleSelection, world: RecognitionWorld): string[] {
  if (sel.type === 'credentials') return sel.credentials.filter((id) => world.credentials.has(id));
  if (sel.type === 'stack') return [...(world.stacks.get(sel.stack)?.credentials ?? [])];
  return [...world.credentials.values()].filter((c) => selects(sel, c, world)).map((c) => c.id);
}
