/**
 * The store on a real PostgreSQL server: the same contract as SQLite. Skipped, with the reason in the test
 * name, only where no server can be installed and started.
 */
import { afterAll, describe, it } from 'vitest';
import { openStore } from '../../src/flows/store.js';
import { storeContract } from './contract.js';
import { startPostgres } from './pg-server.js';

const server = await startPostgres();
const reason = typeof server === 'string' ? server : undefined;
if (reason !== undefined) process.stderr.write(`PostgreSQL tests skipped: ${reason}\n`);
afterAll(async () => {
  if (typeof server !== 'string') await server.stop();
});

describe.skipIf(reason !== undefined)('PostgreSQL', () => {
  storeContract('PostgreSQL', () =>
    typeof server === 'string' ? undefined : async (options) => openStore(await server.database(), options),
  );
});

if (reason !== undefined) {
  describe('PostgreSQL', () => {
    it.skip(`skipped: no PostgreSQL server here (${reason})`, () => undefined);
  });
}
