import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    globalSetup: ['./test/support/global-setup.ts'],
    // Vitest's default on a 2-core machine is one worker (cores - 1): both cores halve the wall time when idle,
    // and forks (the default pool) keep native modules (better-sqlite3) and process tests apart.
    pool: 'forks',
    maxWorkers: 2,
    // Generous: under load a test may wait for CPU; a limit is there to end a hang, not to measure speed.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
