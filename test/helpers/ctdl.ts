/**
 * Credential Engine's CTDL validation schemas (test/fixtures/ctdl, draft-04) compiled with a real
 * JSON Schema validator. `validateCtdl` checks a document against the schema for its type: a
 * credential against the whole credential schema (any CTDL credential class), an organization
 * against the agent schema, and each node of a pathway graph against its class's definition.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/ctdl/${name}`, import.meta.url), 'utf8')) as {
    definitions: Record<string, unknown>;
  };

const credential = load('credentialSchema.json');
const agent = load('agentSchema.json');
const pathway = load('pathway.json');
// The upstream gap (see test/fixtures/ctdl/README.md): definitions pathway.json names but lacks.
pathway.definitions['ceterms:description'] = credential.definitions['ceterms:description'];
for (const missing of ['ceasn:hasCondition', 'ceasn:hasChild', 'ceasn:hasDestinationComponent'])
  pathway.definitions[missing] = {};
// agentSchema.json names rdf:Statement (for ceterms:hasStatement, which no document here uses).
agent.definitions['rdf:Statement'] = {};

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(credential, 'credential');
ajv.addSchema(agent, 'agent');
ajv.addSchema(pathway, 'pathway');

const compile = (ref: string) => ajv.compile({ $ref: ref });
const validators = {
  credential: compile('credential'),
  microCredential: compile('credential#/definitions/ceterms:MicroCredential'),
  organization: compile('agent'),
  'ceterms:Pathway': compile('pathway#/definitions/ceterms:Pathway'),
  'ceterms:PathwayComponent': compile('pathway#/definitions/ceterms:PathwayComponent'),
  'ceterms:ComponentCondition': compile('pathway#/definitions/ceterms:ComponentCondition'),
};

type Validator = (typeof validators)[keyof typeof validators];
const errorsOf = (v: Validator, doc: unknown, where = '') =>
  v(doc)
    ? []
    : (v.errors ?? []).map(
        (e) => `${where}${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
      );

/** Problems with a CTDL document, as "path message" lines; empty when it is valid. */
export function validateCtdl(doc: Record<string, unknown>): string[] {
  const type = doc['@type'];
  if (type === 'ceterms:CredentialOrganization') return errorsOf(validators.organization, doc);
  if (Array.isArray(doc['@graph'])) {
    const { '@context': ctx, '@graph': graph } = doc as {
      '@context': unknown;
      '@graph': Record<string, unknown>[];
    };
    if (ctx !== 'http://credreg.net/ctdl/schema/context/json') return ['/@context is not the CTDL context'];
    return graph.flatMap((node, i) => {
      const v = validators[node['@type'] as 'ceterms:Pathway'] as Validator | undefined;
      return v
        ? errorsOf(v, node, `/@graph/${i}`)
        : [`/@graph/${i} has no CTDL schema for ${String(node['@type'])}`];
    });
  }
  // The whole credential schema (anyOf every class); on failure, the MicroCredential errors say why.
  return errorsOf(validators.credential, doc).length ? errorsOf(validators.microCredential, doc) : [];
}
