import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { EXIT } from '../../src/cli/io.js';
import type { SourceDocument } from '../../src/core/types.js';
import { clusterDocuments } from '../../src/flows/index.js';
import { openStore } from '../../src/flows/store.js';
import { parseText } from '../../src/ingest/index.js';
import { OTHER_EVENTS } from '../cluster/stories.js';
import { fakeIo } from '../support/io.js';
import { EXAMPLE_DIR } from '../support/seeds.js';

/**
 * An unrelated German report of 1 May 2019. Read before the example story it used to split it in three: seed 000
 * (dated only "2019-04") took its date as "the latest time seen", and the reports of 25/26 April fell out of the
 * 72-hour window.
 */
const MAY_DAY = `date 2019-05-01
title: Maikundgebungen in Berlin bleiben friedlich

Zehntausende Menschen haben am Mittwoch in Berlin für höhere Löhne und bessere Arbeitsbedingungen demonstriert.
Die Gewerkschaften sprachen von einem gelungenen Tag der Arbeit. Die Polizei meldete bis zum Abend keine
größeren Zwischenfälle in Kreuzberg und Friedrichshain.
`;

const EXAMPLE_IDS = readdirSync(EXAMPLE_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => f.replace(/\.txt$/u, ''));
const SEED = EXAMPLE_IDS[0] ?? '';

interface Line {
  article: string;
  story: string;
  time?: string;
  timeSource?: string;
}

/** Article ids grouped by story, each group and the list sorted: a partition that ignores story ids and order. */
function partition(pairs: readonly { article: string; story: string }[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const { article, story } of pairs) groups.set(story, [...(groups.get(story) ?? []), article]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lagebild-dates-'));
  writeFileSync(join(dir, 'aaa-maikundgebung.txt'), MAY_DAY);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('an unrelated later article read first does not split the example story', () => {
  it('lagebild cluster (batch): one Kim–Putin story; seed 000 placed by its text inside April 2019', async () => {
    const io = fakeIo();
    expect(await execute(['cluster', join(dir, 'aaa-maikundgebung.txt'), EXAMPLE_DIR], io)).toBe(EXIT.ok);
    const lines = io
      .out()
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Line);
    expect(partition(lines)).toEqual([[...EXAMPLE_IDS], ['aaa-maikundgebung']]);
    const byId = new Map(lines.map((l) => [l.article, l]));
    // "am Mittwoch … eingetroffen", "am Mittwochabend", "am Donnerstag": the days of 24/25 April 2019
    const seed = byId.get(SEED);
    expect(seed?.timeSource).toBe('inferred');
    expect(['2019-04-24', '2019-04-25']).toContain(seed?.time?.slice(0, 10));
    expect(byId.get('aaa-maikundgebung')).toMatchObject({
      time: '2019-05-01T00:00:00.000Z',
      timeSource: 'published',
    });
    expect(byId.get(EXAMPLE_IDS[1] ?? '')).toMatchObject({
      time: '2019-04-25T00:00:00.000Z',
      timeSource: 'published',
    });
    // 003 and 004 carry no date at all: in a batch they come first, with no time to go by
    expect(byId.get(EXAMPLE_IDS[3] ?? '')).toMatchObject({ timeSource: 'none' });
    expect(byId.get(EXAMPLE_IDS[3] ?? '')?.time).toBeUndefined();
  });

  it('lagebild ingest (store): one Kim–Putin story; the store keeps each assignment with its time', async () => {
    const db = join(dir, 'store.db');
    const io = fakeIo();
    expect(
      await execute(['ingest', join(dir, 'aaa-maikundgebung.txt'), EXAMPLE_DIR, '--db', db, '--create'], io),
    ).toBe(EXIT.ok);
    const store = await openStore(db);
    const page = await store.listStories({ limit: 10, offset: 0 });
    await store.close();
    expect(page.items.map((s) => s.articles).sort()).toEqual([1, 5]);
    const raw = new Database(db, { readonly: true });
    const rows = raw.prepare('SELECT id, story, assignment FROM articles').all() as {
      id: string;
      story: string;
      assignment: string;
    }[];
    raw.close();
    expect(partition(rows.map((r) => ({ article: r.id, story: r.story })))).toEqual([
      [...EXAMPLE_IDS],
      ['aaa-maikundgebung'],
    ]);
    const seed = JSON.parse(rows.find((r) => r.id === SEED)?.assignment ?? '{}') as Line;
    expect(seed.timeSource).toBe('inferred');
    expect(seed.time?.slice(0, 7)).toBe('2019-04');
  });
});

/** A document as `lagebild cluster` reads a text file (header lines such as `date 2019-04` become metadata). */
function textFile(id: string, content: string): SourceDocument {
  const parsed = parseText(content);
  return { id, format: 'text', text: parsed.text, meta: parsed.meta, removed: parsed.removed };
}

describe('batch clustering does not depend on the input order', () => {
  const docs: SourceDocument[] = [
    ...EXAMPLE_IDS.map((id) => textFile(id, readFileSync(join(EXAMPLE_DIR, `${id}.txt`), 'utf8'))),
    textFile('aaa-maikundgebung', MAY_DAY),
    ...OTHER_EVENTS.map((e) => ({
      id: e.id,
      format: 'text' as const,
      text: e.text,
      meta: {
        ...(e.title !== undefined ? { title: e.title } : {}),
        ...(e.published ? { published: e.published } : {}),
      },
      removed: [],
    })),
    // undated, and two with the same date: ties are broken by id, then text, never by position
    textFile(
      'zz-undatiert',
      'Hochwasser an der Elbe: Die Pegel in Dresden steigen weiter, Helfer füllen Sandsäcke.',
    ),
    textFile(
      'zz-gleichzeitig',
      'date 2019-04-25\n\nDer Leitzins bleibt unverändert, teilte die Notenbank mit.',
    ),
  ];
  const run = (input: readonly SourceDocument[]): string[][] =>
    partition(clusterDocuments(input).assignments);
  const reference = run(docs);

  it('the reference run gives the labelled stories: the example story, each event, the undated flood report', () => {
    expect(reference).toEqual([
      [...EXAMPLE_IDS],
      ['aaa-maikundgebung'],
      ['flut-1', 'flut-2', 'zz-undatiert'],
      ['fussball-1', 'fussball-2'],
      ['zins-1', 'zins-2', 'zz-gleichzeitig'],
    ]);
  });

  it('every permutation of the stream gives the same stories (property, compared as sets)', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }),
        (shuffled) => {
          expect(run(shuffled)).toEqual(reference);
        },
      ),
      { numRuns: 25 },
    );
  });
});
