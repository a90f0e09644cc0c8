/**
 * A stack as a CTDL Pathway (Credential Engine's pathway schema): a destination component,
 * "completing the stack", whose ComponentCondition says how many of the member components it
 * needs ("Any 3 of 5"), and one component per credential pointing at its CTDL document. The
 * property names follow that validation schema (ceasn:hasChild, ceasn:hasCondition,
 * ceasn:hasDestinationComponent, ceasn:isChildOf), and so do its texts: language maps
 * ({"en": …}). Nodes are published together in one graph.
 */
import { CTDL_CONTEXT, ctidFor, langMap } from './terms.ts';

export interface PathwayInput {
  /** This document's URL. */
  id: string;
  page: string;
  title: string;
  summary: string;
  /** The curator's @id. */
  curator: string;
  /** "Any 3 of 5, in order". */
  ruleText: string;
  required: number;
  members: readonly {
    id: string;
    title: string;
    summary: string;
    page: string;
    /** The credential's CTDL document, when it publishes one. */
    ctdl?: string | undefined;
  }[];
}

export function pathwayCtdl(p: PathwayInput): Record<string, unknown> {
  const node = (fragment: string) => `${p.id}#${fragment}`;
  const pathwayId = node('pathway');
  const destinationId = node('completion');
  const conditionId = node('completion-condition');
  const members = p.members.map((m) => ({
    '@type': 'ceterms:PathwayComponent',
    '@id': node(`credential/${m.id}`),
    'ceterms:ctid': ctidFor(node(`credential/${m.id}`)),
    'ceterms:name': langMap(m.title),
    'ceterms:description': langMap(m.summary),
    'ceterms:subjectWebpage': m.page,
    ...(m.ctdl ? { 'ceterms:sourceData': m.ctdl } : {}),
    'ceasn:isChildOf': [destinationId],
  }));
  const condition = {
    '@type': 'ceterms:ComponentCondition',
    '@id': conditionId,
    'ceterms:ctid': ctidFor(conditionId),
    'ceterms:name': langMap(p.ruleText),
    'ceterms:description': langMap(
      `Complete ${p.required} of the ${p.members.length} micro-credentials to complete the stack.`,
    ),
    'ceterms:requiredNumber': p.required,
    'ceterms:targetComponent': members,
  };
  const destination = {
    '@type': 'ceterms:PathwayComponent',
    '@id': destinationId,
    'ceterms:ctid': ctidFor(destinationId),
    'ceterms:name': langMap(`Completion of ${p.title}`),
    'ceterms:description': langMap(p.summary),
    'ceterms:subjectWebpage': p.page,
    'ceasn:isChildOf': [pathwayId],
    'ceasn:isDestinationComponentOf': [pathwayId],
    'ceasn:hasChild': members.map((m) => m['@id']),
    'ceasn:hasCondition': [conditionId],
  };
  const pathway = {
    '@type': 'ceterms:Pathway',
    '@id': pathwayId,
    'ceterms:ctid': ctidFor(p.page),
    'ceterms:name': langMap(p.title),
    'ceterms:description': langMap(p.summary),
    'ceterms:inLanguage': ['en'],
    'ceterms:ownedBy': [p.curator],
    'ceterms:offeredBy': [p.curator],
    'ceterms:subjectWebpage': p.page,
    'ceasn:hasChild': [destinationId],
    'ceasn:hasDestinationComponent': [destinationId],
  };
  return { '@context': CTDL_CONTEXT, '@id': p.id, '@graph': [pathway, destination, condition, ...members] };
}
