import { ensureBuilt } from '../store/cli-process.js';

/**
 * Builds `dist` once, before any test file runs, when a source file is newer than it: the tests that spawn the CLI
 * (`dist/src/cli/bin.js`) then never build it themselves, twice at once in two workers, or inside a test's time.
 */
export default async function setup(): Promise<void> {
  await ensureBuilt();
}
