import { defineConfig } from 'vitest/config';

/**
 * Two groups, one after the other: the unit tests, then the command-line tests (test/unit/cli),
 * which run the real CLIs as child processes and build a site, and would otherwise take the CPU
 * from the unit tests running beside them; they get a longer time limit.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: ['test/unit/cli/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        // Each test runs several CLIs, each loading and checking the catalog: seconds apiece on a busy machine.
        test: {
          name: 'cli',
          include: ['test/unit/cli/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
        },
      },
    ],
  },
});
