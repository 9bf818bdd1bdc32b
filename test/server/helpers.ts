import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ingest } from '../../src/ingest/index.js';
import { buildServer, type ServerOptions } from '../../src/server/index.js';
import { openStore, type LagebildStore } from '../../src/flows/store.js';
import type { Store } from '../../src/store/types.js';
import { EXAMPLE_DIR } from '../support/seeds.js';

export interface TestServer {
  readonly app: FastifyInstance;
  readonly store: LagebildStore;
  readonly logged: string[];
  readonly close: () => Promise<void>;
}

/**
 * A real SQLite store in memory holding the example story, and the app over it (no page unless given); `wrap`
 * gives the app a store derived from it (a test's failing or held-up variant).
 */
export async function exampleServer(
  options: ServerOptions = {},
  wrap: (store: LagebildStore) => Store = (store) => store,
): Promise<TestServer> {
  const store = await openStore(':memory:');
  const { documents, errors } = await ingest([EXAMPLE_DIR], {});
  if (errors.length > 0) throw new Error(`example did not ingest: ${errors[0]?.reason}`);
  await store.ingest(documents);
  const logged: string[] = [];
  const app = buildServer({
    store: wrap(store),
    webRoot: null,
    log: (line) => logged.push(line),
    ...options,
  });
  await app.ready();
  return {
    app,
    store,
    logged,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** A folder shaped like a built page: index.html, one script, one stylesheet, one file of an unknown type. */
export function fakeWebRoot(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'lagebild-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><title>page</title><script type="module" src="/assets/app-1.js"></script>',
  );
  writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1);');
  writeFileSync(join(root, 'assets', 'app-1.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'notes.exe'), 'MZ');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
