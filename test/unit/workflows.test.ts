/**
 * The GitHub Actions workflows keep their security properties: pull requests never run with
 * secrets or write access, actions are pinned to commit SHAs, permissions are the least each
 * job needs, and CI runs the README's test command.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/content.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const load = async (name: string) => {
  const text = await readFile(join(REPO_ROOT, '.github/workflows', name), 'utf8');
  return { text, wf: parse(text) as Workflow };
};

describe('workflows', () => {
  it('pull requests: pull_request only, read-only, no secrets, credentials not kept', async () => {
    const { text, wf } = await load('pull-request.yml');
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(Object.values(wf.jobs).every((j) => j.permissions === undefined)).toBe(true);
    expect(text).not.toMatch(/\$\{\{\s*secrets\./);
    const checkout = wf.jobs.checks?.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
    const runs = wf.jobs.checks?.steps.map((s) => s.run ?? '') ?? [];
    expect(runs).toContain('npm test');
    expect(runs.some((r) => r.startsWith('npm run guard'))).toBe(true);
    expect(runs.some((r) => r.includes('playwright install --with-deps chromium'))).toBe(true);
    // Values from the event reach the shell through environment variables, never spliced into a script.
    expect(runs.join('\n')).not.toMatch(/\$\{\{/);
  });

  it('deploy: only from main, and only the deploy job may write to Pages', async () => {
    const { text, wf } = await load('deploy.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(wf.on.push).toEqual({ branches: ['main'] });
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.build?.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(wf.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(wf.jobs.deploy?.steps.every((s) => s.uses && !s.run)).toBe(true);
    expect(text).not.toMatch(/\$\{\{\s*secrets\./);
  });

  it('pins every action to a full commit SHA, with its version as a comment', async () => {
    for (const name of ['pull-request.yml', 'deploy.yml']) {
      const { text } = await load(name);
      const uses = [...text.matchAll(/uses:\s*(\S+)(.*)/g)];
      expect(uses.length).toBeGreaterThan(2);
      for (const [, ref, rest] of uses) {
        expect(ref, name).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
        expect(rest, name).toMatch(/# v\d+\.\d+\.\d+/);
      }
    }
  });

  it('runs the test command the README gives', async () => {
    const readme = await readFile(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/^npm test\b/m);
  });
});
