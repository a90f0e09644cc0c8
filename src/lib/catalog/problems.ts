/**
 * A content problem: what is wrong, where (file, line, field), and how to fix it.
 * Every check in the catalog reports through this one shape so the build, `npm run check`
 * and the pull-request annotations all say the same thing.
 */

/** A note is neither: it says what was not checked, and why. */
export type Severity = 'error' | 'warning' | 'note';

export interface Problem {
  /** Stable identifier of the rule, e.g. `schema`, `reference`, `prerequisite-cycle`. */
  code: string;
  severity: Severity;
  /** Repository-relative path with forward slashes. */
  file: string;
  line: number;
  column?: number;
  /** Dotted path of the frontmatter field, when the problem is about one. */
  field?: string;
  message: string;
  hint?: string;
}

export const fieldPath = (path: readonly PropertyKey[]): string =>
  path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? String(seg) : `.${String(seg)}`))
    .join('');

export const byLocation = (a: Problem, b: Problem) =>
  a.file.localeCompare(b.file) ||
  a.line - b.line ||
  (a.column ?? 0) - (b.column ?? 0) ||
  a.code.localeCompare(b.code);

/** `file:line:col  field  message` with the hint on the next line. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}`;
  const head = `${p.severity} ${where}${p.field ? `  ${p.field}` : ''}  ${p.message}`;
  return p.hint ? `${head}\n    hint: ${p.hint}` : head;
}

export function formatProblems(problems: readonly Problem[]): string {
  const count = (s: Severity) => problems.filter((p) => p.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const notes = count('note');
  const lines = [...problems].sort(byLocation).map(formatProblem);
  lines.push(
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${notes ? `, ${notes} file${notes === 1 ? '' : 's'} not checked further` : ''}`,
  );
  return lines.join('\n');
}

/** GitHub Actions workflow commands: one annotation per problem. */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escProp = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return [...problems]
    .sort(byLocation)
    .map((p) => {
      const props = [`file=${escProp(p.file)}`, `line=${p.line}`];
      if (p.column) props.push(`col=${p.column}`);
      props.push(`title=${escProp(`${p.code}${p.field ? ` (${p.field})` : ''}`)}`);
      const msg = p.hint ? `${p.message}\n${p.hint}` : p.message;
      return `::${p.severity === 'note' ? 'notice' : p.severity} ${props.join(',')}::${esc(msg)}`;
    })
    .join('\n');
}
