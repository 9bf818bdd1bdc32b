import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { EXIT } from '../../src/cli/io.js';
import { openStore } from '../../src/flows/store.js';
import { fakeIo } from '../support/io.js';
import { EXAMPLE_DIR } from '../support/seeds.js';
import { STORM } from './fixtures.js';

const jsonl = (docs: typeof STORM): string =>
  docs.map((d) => JSON.stringify({ id: d.id, text: d.text, ...d.meta })).join('\n') + '\n';

describe('lagebild ingest', () => {
  let dir = '';
  let db = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-'));
    db = join(dir, 'test.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores a folder, reports progress lines and a summary; a second run finds only duplicates', async () => {
    const io = fakeIo();
    expect(await execute(['ingest', EXAMPLE_DIR, '--db', db, '--create'], io)).toBe(EXIT.ok);
    expect(io.err()).toContain(`lagebild: created a new database ${db}`);
    expect(io.err()).toContain('lagebild: 5/5 read: 5 new, 0 duplicate, 0 failed');
    expect(io.err()).toMatch(/5 new \(\d+ stor(?:y|ies) changed\), 0 duplicate, 0 failed/u);
    const again = fakeIo();
    expect(await execute(['ingest', EXAMPLE_DIR, '--db', db], again)).toBe(EXIT.ok);
    expect(again.err()).toContain('lagebild: 5/5 read: 0 new, 5 duplicate, 0 failed');
    expect(again.err()).not.toContain('stored');
    expect(again.err()).toContain('0 new (0 stories changed), 5 duplicate, 0 failed');
    expect(again.err()).toMatch(/duplicate .*000_62401ecbec18278e\.txt: same text as 000_62401ecbec18278e/u);
    const store = await openStore(db);
    expect((await store.health()).articles).toBe(5);
    await store.close();
  });

  it('reads JSONL on stdin and exits 1 when some records fail, naming them', async () => {
    const input = jsonl(STORM) + JSON.stringify({ id: 'nav', text: 'Zur Startseite' }) + '\n{"broken\n';
    const io = fakeIo(input);
    expect(await execute(['ingest', '--db', db, '--create'], io)).toBe(EXIT.partial);
    expect(io.err()).toContain('2 new');
    expect(io.err()).toMatch(/failed -#3: nothing left after cleaning/u);
    expect(io.err()).toMatch(/failed -: invalid JSON at line 4/u);
    const store = await openStore(db);
    expect(await store.getArticle('storm-bbc')).toMatchObject({ source: 'BBC', language: 'en' });
    await store.close();
  });

  it('exits 2 when nothing in the input is usable, and when the store cannot be opened', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const io = fakeIo();
    expect(await execute(['ingest', empty, '--db', db, '--create'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain('nothing usable in the input');
    const bad = fakeIo();
    const notADb = join(dir, 'not-a-db.db');
    writeFileSync(
      notADb,
      'this is not a database file, just text long enough to be read as a header '.repeat(20),
    );
    expect(await execute(['ingest', EXAMPLE_DIR, '--db', notADb, '--create'], bad)).toBe(EXIT.usage);
    expect(bad.err()).toMatch(/cannot open the store .*not-a-db\.db: /u);
  });

  it('exits 2 with a message naming the server when PostgreSQL is unreachable, without its password', async () => {
    const io = fakeIo();
    const url = 'postgres://lagebild:secret@127.0.0.1:1/lagebild';
    expect(await execute(['ingest', EXAMPLE_DIR, '--db', url], io)).toBe(EXIT.usage);
    expect(io.err()).toMatch(
      /cannot open the store postgres:\/\/lagebild:\*\*\*@127\.0\.0\.1:1\/lagebild: cannot connect/u,
    );
    expect(io.err()).not.toContain('secret');
  });

  it('refuses a --db file that is not there unless --create says to make it, before reading any input', async () => {
    const typo = join(dir, 'sotries.db');
    const io = fakeIo();
    expect(await execute(['ingest', join(dir, 'no-such-input'), '--db', typo], io)).toBe(EXIT.usage);
    expect(io.err()).toContain(`lagebild: no database at ${typo}; check the path, or pass --create`);
    expect(io.err()).not.toContain('no-such-input');
    expect(existsSync(typo)).toBe(false);
    const made = fakeIo();
    expect(await execute(['ingest', EXAMPLE_DIR, '--db', typo, '--create'], made)).toBe(EXIT.ok);
    expect(made.err()).toContain(`created a new database ${typo}`);
    const again = fakeIo();
    expect(await execute(['ingest', EXAMPLE_DIR, '--db', typo], again)).toBe(EXIT.ok);
    expect(again.err()).not.toContain('created');
  });
});

describe('lagebild serve --db', () => {
  it('refuses a database file that is not there (no empty store that shows "no stories"); --create makes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-serve-db-'));
    try {
      const typo = join(dir, 'sotries.db');
      const io = fakeIo();
      expect(await execute(['serve', '--db', typo, '--port', '0'], io)).toBe(EXIT.usage);
      expect(io.err()).toContain(`lagebild serve: no database at ${typo}; store articles first`);
      expect(io.err()).toContain('--create');
      expect(existsSync(typo)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
