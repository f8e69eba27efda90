import { defineConfig } from 'vitest/config';

// Five suites, one command (`npm test`): pure units, builds of fixture trees, a real browser, quality gates,
// and the benchmark run once at 100 cases to prove it works (nothing timed is asserted).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: ['test/build/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // Quality gates over the built site (validity, links, a11y, privacy, CSP, determinism, permanence).
        // One worker, not isolated: every gate shares the pages SiteFiles parsed once.
        test: {
          name: 'gates',
          include: ['test/gates/**/*.test.ts'],
          globalSetup: ['test/gates/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          isolate: false,
        },
      },
      { test: { name: 'bench', include: ['test/bench/**/*.test.ts'], testTimeout: 600_000 } },
    ],
  },
});
