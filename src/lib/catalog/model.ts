/** The validated catalog as the checks and the site see it. */
import type { CollectionName } from './collections.ts';
import type {
  CredentialData,
  GlossaryData,
  IssuerData,
  PolicyData,
  RecognizerData,
  RubricData,
  StackData,
} from './schema/index.ts';
import type { Problem, Severity } from './problems.ts';
import { fieldPath } from './problems.ts';
import type { ParsedSource } from './source.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body: string;
  bodyLine: number;
  locate: ParsedSource['locate'];
  /** For credentials and policies: the issuer or recognizer folder the file sits in. */
  folder?: string;
}

export interface Catalog {
  issuers: Map<string, Entry<IssuerData>>;
  credentials: Map<string, Entry<CredentialData>>;
  stacks: Map<string, Entry<StackData>>;
  rubrics: Map<string, Entry<RubricData>>;
  glossary: Map<string, Entry<GlossaryData>>;
  recognizers: Map<string, Entry<RecognizerData>>;
  /** Keyed `<recognizer>/<slug>`. */
  policies: Map<string, Entry<PolicyData>>;
  /** `collection:id` of files that exist but failed their schema; references to them are not "missing". */
  invalid: Set<string>;
}

/** The data of an entry of collection `N`. */
export type DataOf<N extends CollectionName> = Catalog[N] extends Map<string, Entry<infer T>> ? T : never;

/** A collection's entries by id, typed by its schema: for code that works on any collection. */
export const entriesOf = <N extends CollectionName>(c: Catalog, name: N): Map<string, Entry<DataOf<N>>> =>
  c[name] as Map<string, Entry<DataOf<N>>>;

/**
 * Files an entry under its collection. Its data is the collection's: parsed by its schema, or (in
 * a lenient catalog) what a rule reads of an entry that failed it.
 */
export const fileEntry = (c: Catalog, name: CollectionName, entry: Entry<unknown>): void => {
  entriesOf(c, name).set(entry.id, entry as Entry<never>);
};

export const emptyCatalog = (): Catalog => ({
  issuers: new Map(),
  credentials: new Map(),
  stacks: new Map(),
  rubrics: new Map(),
  glossary: new Map(),
  recognizers: new Map(),
  policies: new Map(),
  invalid: new Set(),
});

export interface Finding {
  code: string;
  message: string;
  hint?: string;
  severity?: Severity;
}

/** A problem located at a field of an entry. */
export function problemAt(
  entry: Pick<Entry<unknown>, 'file' | 'locate'>,
  path: readonly PropertyKey[],
  f: Finding,
): Problem {
  return {
    code: f.code,
    severity: f.severity ?? 'error',
    file: entry.file,
    ...entry.locate(path),
    ...(path.length ? { field: fieldPath(path) } : {}),
    message: f.message,
    ...(f.hint ? { hint: f.hint } : {}),
  };
}
