import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import type { Brief } from '../../src/brief/types.js';
import type { CleanArticle } from '../../src/core/types.js';
import { fakeIo, type FakeIo } from '../support/io.js';
import { openStore } from '../../src/flows/store.js';
import { EXAMPLE_DIR } from '../support/seeds.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-lang-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An io whose stdin counts reads: a command that refuses its options must not read it. */
function watchedIo(): FakeIo & { readonly stdinReads: () => number } {
  const io = fakeIo('Ein Text auf stdin, der nie gelesen werden darf.');
  let reads = 0;
  return {
    ...io,
    readStdin: async () => {
      reads++;
      return io.readStdin();
    },
    stdinReads: () => reads,
  };
}

const BAD_TAGS = ['123', 'xx-!!', 'xx', 'deu', ''];

describe('--lang is checked before any input is read (exit 2, the message names --lang)', () => {
  for (const command of ['brief', 'clean', 'cluster', 'ingest']) {
    for (const tag of BAD_TAGS) {
      it(`${command} --lang ${JSON.stringify(tag)}`, async () => {
        const dir = tempDir();
        const db = join(dir, 'store.db');
        const io = watchedIo();
        // A missing file and stdin ("-"): had either been read, the error would be about the path.
        const args = [command, join(dir, 'missing.txt'), '-', '--lang', tag];
        const code = await execute(command === 'ingest' ? [...args, '--db', db] : args, io);
        expect(code).toBe(2);
        expect(io.err()).toMatch(/option '--lang <code>' argument .* is invalid/u);
        expect(io.err()).not.toMatch(/missing\.txt/u);
        expect(io.stdinReads()).toBe(0);
        expect(io.out()).toBe('');
        expect(readdirSync(dir)).toEqual([]);
      });
    }
  }

  for (const tag of BAD_TAGS) {
    it(`serve --lang ${JSON.stringify(tag)}: refused before the store is opened`, async () => {
      const dir = tempDir();
      const io = watchedIo();
      const code = await execute(['serve', '--db', join(dir, 'store.db'), '--port', '0', '--lang', tag], io);
      expect(code).toBe(2);
      expect(io.err()).toMatch(/option '--lang <code>' argument .* is invalid/u);
      expect(existsSync(join(dir, 'store.db'))).toBe(false);
      expect(io.out()).toBe('');
    });
  }

  for (const tag of ['123', 'xx-!!']) {
    it(`eval summarize --lang ${JSON.stringify(tag)}: refused before the data is read`, async () => {
      const dir = tempDir();
      const io = watchedIo();
      const code = await execute(
        ['eval', 'summarize', '--data', join(dir, 'missing.jsonl'), '--lang', tag],
        io,
      );
      expect(code).toBe(2);
      expect(io.err()).toMatch(/option '--lang <code>' argument .* is invalid/u);
      expect(io.err()).not.toMatch(/missing\.jsonl/u);
    });
  }

  it('says what is wrong: a malformed tag, or a well-formed one that is no ISO 639-1 code', async () => {
    const malformed = fakeIo();
    await execute(['brief', '--lang', 'xx-!!'], malformed);
    expect(malformed.err()).toContain('"xx-!!" is no language tag');
    const unknown = fakeIo();
    await execute(['cluster', '--lang', 'xx'], unknown);
    expect(unknown.err()).toContain('"xx" is no ISO 639-1 language code');
  });
});

describe('--lang takes a tag and uses its language code', () => {
  it('brief --lang de-AT: every article is German (the brief says "de")', async () => {
    const io = fakeIo();
    expect(await execute(['brief', EXAMPLE_DIR, '--lang', 'de-AT', '--format', 'json'], io)).toBe(0);
    const brief = JSON.parse(io.out()) as Brief;
    expect(brief.language).toBe('de');
    expect(new Set(brief.articles.map((a) => a.language))).toEqual(new Set(['de']));
  });

  it('brief --lang EN forces English (upper case is the same code)', async () => {
    const io = fakeIo();
    expect(await execute(['brief', EXAMPLE_DIR, '--lang', 'EN', '--format', 'json'], io)).toBe(0);
    const brief = JSON.parse(io.out()) as Brief;
    expect(new Set(brief.articles.map((a) => a.language))).toEqual(new Set(['en']));
  });

  it('clean --lang de-CH records "de" as every input\'s language', async () => {
    const io = fakeIo(
      'Title: Ein Bericht\nLanguage: en\n\nKim Jong Un reist nach Wladiwostok. Dort trifft er Putin.',
    );
    expect(await execute(['clean', '--lang', 'de-CH', '--format', 'json'], io)).toBe(0);
    const [article] = JSON.parse(io.out()) as CleanArticle[];
    expect(article?.meta.language).toBe('de');
  });

  it('cluster --lang de-AT: the articles are German ("de"), as the story list says', async () => {
    const dir = tempDir();
    const stories = join(dir, 'stories.json');
    const io = fakeIo();
    const args = ['cluster', EXAMPLE_DIR, '--lang', 'de-AT', '--batch', '--stories', stories];
    expect(await execute(args, io)).toBe(0);
    const list = JSON.parse(readFileSync(stories, 'utf8')) as { stories: { languages: string[] }[] };
    expect(list.stories.flatMap((s) => s.languages)).toEqual(list.stories.map(() => 'de'));
  });

  it('ingest --lang de-AT stores every article as "de", whatever it declares', async () => {
    const db = join(tempDir(), 'store.db');
    const record = { id: 'wien', language: 'en', text: 'Die Wahlen in Österreich brachten große Verluste.' };
    const io = fakeIo(`${JSON.stringify(record)}\n`);
    expect(await execute(['ingest', '--db', db, '--create', '--lang', 'de-AT'], io)).toBe(0);
    const store = await openStore(db);
    try {
      expect((await store.getArticle('wien'))?.language).toBe('de');
    } finally {
      await store.close();
    }
  });

  it('--lang auto detects, as without the option', async () => {
    const io = fakeIo();
    expect(await execute(['brief', EXAMPLE_DIR, '--lang', 'auto', '--format', 'json'], io)).toBe(0);
    expect((JSON.parse(io.out()) as Brief).language).toBe('de');
  });
});
