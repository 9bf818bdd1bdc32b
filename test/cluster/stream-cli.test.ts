import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { execute } from '../../src/cli/main.js';
import { fakeIo } from '../support/io.js';
import { EXAMPLE_DIR, seedFiles } from '../support/seeds.js';
import { OTHER_EVENTS } from './stories.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-stream-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Line {
  article?: string;
  story?: string;
  score?: number;
  duplicateOf?: { article: string; reason: string };
  merge?: { from: string; into: string; score: number };
}

const parse = (out: string): Line[] =>
  out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Line);

const record = (r: object): string => JSON.stringify(r) + '\n';

/** The example story (five German reports) as JSON records, in file order. */
const EXAMPLE = seedFiles().map((f) => ({ id: f.name.replace(/\.txt$/u, ''), text: f.text }));

const EVENTS = OTHER_EVENTS.map(({ id, title, text, published }) => ({ id, title, text, published }));

/**
 * Standard input the test feeds piece by piece, and stdout that tells when its n-th line has been written: so a
 * test can check what is written before stdin ends (no timing involved).
 */
function liveIo(): CliIo & {
  feed: (text: string) => void;
  end: () => void;
  lines: (n: number) => Promise<void>;
  out: () => string;
  err: () => string;
} {
  const queue: string[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  let out = '';
  let err = '';
  let waiting: { n: number; resolve: () => void } | undefined;
  const count = (): number => parse(out).length;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  return {
    stdout: {
      write: (s: string) => {
        out += s;
        if (waiting && count() >= waiting.n) waiting.resolve();
      },
    },
    stderr: { write: (s: string) => void (err += s), isTTY: false },
    readStdin: () => Promise.reject(new Error('the stream path reads stdinChunks')),
    stdinChunks: () => ({
      async *[Symbol.asyncIterator]() {
        for (;;) {
          const next = queue.shift();
          if (next !== undefined) yield next;
          else if (ended) return;
          else await new Promise<void>((resolve) => (wake = resolve));
        }
      },
    }),
    stdinIsTTY: false,
    feed(text) {
      queue.push(text);
      notify();
    },
    end() {
      ended = true;
      notify();
    },
    lines: (n) =>
      count() >= n ? Promise.resolve() : new Promise<void>((resolve) => (waiting = { n, resolve })),
    out: () => out,
    err: () => err,
  };
}

describe('lagebild cluster on a stream (JSON lines on stdin)', () => {
  it('clusters the example story into one story, as batch mode does', async () => {
    const input = EXAMPLE.map(record).join('');
    const stream = fakeIo(input);
    expect(await execute(['cluster'], stream)).toBe(0);
    const batch = fakeIo(input);
    expect(await execute(['cluster', '--batch'], batch)).toBe(0);
    const lines = parse(stream.out());
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => l.article)).toEqual(EXAMPLE.map((e) => e.id));
    expect(new Set(lines.map((l) => l.story))).toEqual(new Set([`s:${EXAMPLE[0]!.id}`]));
    // batch mode orders by time (undated articles first), so its story is named after another first article
    const batchLines = parse(batch.out());
    expect(batchLines.map((l) => l.article).sort()).toEqual(EXAMPLE.map((e) => e.id).sort());
    expect(new Set(batchLines.map((l) => l.story)).size).toBe(1);
    expect(stream.err()).toMatch(/5 articles in 1 stories \(1 with two or more articles, 0 merges\)/u);
  });

  it('writes each line before stdin ends', async () => {
    const io = liveIo();
    const done = execute(['cluster'], io);
    io.feed(record(EXAMPLE[0]!) + record(EXAMPLE[1]!).slice(0, 40));
    io.feed(record(EXAMPLE[1]!).slice(40));
    await io.lines(2);
    expect(parse(io.out()).map((l) => l.article)).toEqual([EXAMPLE[0]!.id, EXAMPLE[1]!.id]);
    for (const r of EXAMPLE.slice(2)) io.feed(record(r));
    await io.lines(5);
    expect(parse(io.out())).toHaveLength(5);
    io.end();
    expect(await done).toBe(0);
    expect(io.err()).toMatch(/5 articles in 1 stories/u);
  });

  it('a bad line is an error naming it; the other lines are clustered; exit 1', async () => {
    const input = [
      record(EVENTS[0]!),
      '{"id": "kaputt", "text": \n',
      '\n',
      record(EVENTS[1]!),
      '[1, 2]\n',
      record({ id: 'leer', text: '  ' }),
      record(EVENTS[2]!),
    ].join('');
    const io = fakeIo(input);
    expect(await execute(['cluster'], io)).toBe(1);
    expect(parse(io.out()).map((l) => l.article)).toEqual(['flut-1', 'flut-2', 'fussball-1']);
    expect(io.err()).toMatch(/-#2: invalid JSON/u);
    expect(io.err()).toMatch(/-#5: record is not an object/u);
    expect(io.err()).toMatch(/-#6: record has neither "text" nor "html"/u);
    expect(io.err()).toMatch(/3 of 6 inputs could not be used/u);
  });

  it('a line over --max-size is skipped and reported; exit 1', async () => {
    const long = record({ id: 'lang', text: 'Sehr langer Text über den Gipfel. '.repeat(100) });
    const io = fakeIo(record(EVENTS[0]!) + long + record(EVENTS[1]!));
    expect(await execute(['cluster', '--max-size', '2KB'], io)).toBe(1);
    expect(parse(io.out()).map((l) => l.article)).toEqual(['flut-1', 'flut-2']);
    expect(io.err()).toMatch(/-#2: line is 3\.\d KB, over the 2 KB limit/u);
  });

  it('reports duplicates by URL and by text; they join the original story', async () => {
    const io = fakeIo(
      [
        ...EVENTS.slice(0, 2).map((e) => ({ ...e, url: `https://example.org/${e.id}` })),
        { id: 'kopie-url', text: 'Anderer Text, gleiche Adresse.', url: 'https://www.example.org/flut-1/' },
        { id: 'kopie-text', text: EVENTS[1]!.text, published: '2019-04-25T11:00:00Z' },
      ]
        .map(record)
        .join(''),
    );
    expect(await execute(['cluster'], io)).toBe(0);
    const byId = new Map(parse(io.out()).map((l) => [l.article, l]));
    expect(byId.get('kopie-url')).toMatchObject({
      story: 's:flut-1',
      duplicateOf: { article: 'flut-1', reason: 'url' },
    });
    expect(byId.get('kopie-text')).toMatchObject({
      story: 's:flut-1',
      duplicateOf: { article: 'flut-2', reason: 'text' },
    });
    expect(io.err()).toMatch(/4 articles in 1 stories \(1 with two or more articles/u);
  });

  it('accepts articles out of time order, as they come', async () => {
    const reversed = [...EVENTS].reverse();
    const io = fakeIo(reversed.map(record).join(''));
    expect(await execute(['cluster'], io)).toBe(0);
    const lines = parse(io.out());
    expect(lines.map((l) => l.article)).toEqual(reversed.map((e) => e.id));
    expect(lines.map((l) => l.story)).toEqual([
      's:zins-2',
      's:zins-2',
      's:fussball-2',
      's:fussball-2',
      's:flut-2',
      's:flut-2',
    ]);
  });
});

describe('lagebild cluster on a stream: merges, briefs, story list', () => {
  it('writes a merge as its own line and does not rewrite earlier lines', async () => {
    // A high join threshold leaves most reports in stories of their own; the merge check after the 50th
    // article (a low merge threshold) joins stories of the same event.
    const records = Array.from({ length: 50 }, (_, i) => {
      const e = EVENTS[i % EVENTS.length]!;
      return { ...e, id: `${e.id}-${String(i)}`, text: `${e.text} Meldung ${String(i)}.` };
    });
    const io = fakeIo(records.map(record).join(''));
    expect(await execute(['cluster', '--threshold', '0.99', '--merge-threshold', '0.2'], io)).toBe(0);
    const lines = parse(io.out());
    const assignments = lines.slice(0, 50);
    expect(assignments.map((l) => l.article)).toEqual(records.map((r) => r.id));
    const merges = lines.slice(50).map((l) => l.merge);
    expect(merges.length).toBeGreaterThan(0);
    const stories = new Set(assignments.map((l) => l.story));
    for (const m of merges) {
      expect(m && stories.has(m.from) && stories.has(m.into) && m.score >= 0.2).toBe(true);
    }
    const left = stories.size - merges.length;
    expect(io.err()).toMatch(
      new RegExp(`50 articles in ${String(left)} stories .*${String(merges.length)} merges`, 'u'),
    );
  });

  it('--briefs: a story’s brief is written once it closes, the open one at the end', async () => {
    const dir = tempDir();
    const io = liveIo();
    const done = execute(['cluster', '--window', '6', '--briefs', dir, '--brief-format', 'json'], io);
    // Two reports of the flood on 25 April, then the football final four days later.
    io.feed(record(EVENTS[0]!) + record(EVENTS[1]!));
    await io.lines(2);
    expect(existsSync(join(dir, 'flut-1.json'))).toBe(false);
    const later = (e: (typeof EVENTS)[number]): object => ({ ...e, published: '2019-04-29T12:00:00Z' });
    io.feed(record(later(EVENTS[2]!)));
    await io.lines(3);
    expect(readdirSync(dir)).toEqual(['flut-1.json']);
    const flood = JSON.parse(readFileSync(join(dir, 'flut-1.json'), 'utf8')) as { articles: unknown[] };
    expect(flood.articles).toHaveLength(2);
    io.feed(record(later(EVENTS[3]!)));
    io.end();
    expect(await done).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['flut-1.json', 'fussball-1.json']);
    expect(io.err()).toMatch(/2 briefs written to/u);
  });

  it('a late report reopens the closed story of its time; late reports get a brief beside the first', async () => {
    const dir = tempDir();
    const later = (e: (typeof EVENTS)[number]): object => ({ ...e, published: '2019-04-29T12:00:00Z' });
    const floodFirst = { ...EVENTS[1]!, id: 'flut-0', published: '2019-04-25T07:00:00Z' };
    const floodAgain = { ...EVENTS[1]!, id: 'flut-3', text: `${EVENTS[1]!.text} Nachtrag vom Abend.` };
    const io = fakeIo(
      [EVENTS[0]!, floodFirst, later(EVENTS[2]!), EVENTS[1]!, floodAgain, later(EVENTS[3]!)]
        .map(record)
        .join(''),
    );
    const args = ['cluster', '--window', '6', '--briefs', dir, '--brief-format', 'json'];
    expect(await execute(args, io)).toBe(0);
    const lines = parse(io.out()) as (Line & { reopened?: boolean; time?: string })[];
    // the two flood reports of 25 April came after the football final of the 29th: they join the flood story
    expect(lines.map((l) => [l.article, l.story, l.reopened ?? false])).toEqual([
      ['flut-1', 's:flut-1', false],
      ['flut-0', 's:flut-1', false],
      ['fussball-1', 's:fussball-1', false],
      ['flut-2', 's:flut-1', true],
      ['flut-3', 's:flut-1', true],
      ['fussball-2', 's:fussball-1', false],
    ]);
    expect(lines[3]?.time).toBe('2019-04-25T10:00:00.000Z');
    expect(readdirSync(dir).sort()).toEqual(['flut-1.json', 'flut-1.late-flut-2.json', 'fussball-1.json']);
    const brief = (name: string): string[] =>
      (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { articles: { id: string }[] }).articles.map(
        (a) => a.id,
      );
    expect(brief('flut-1.json').sort()).toEqual(['flut-0', 'flut-1']);
    expect(brief('flut-1.late-flut-2.json').sort()).toEqual(['flut-2', 'flut-3']);
  });

  it('--stories writes the story list at the end of stdin; --out gets the lines', async () => {
    const dir = tempDir();
    const io = fakeIo(EVENTS.map(record).join(''));
    const args = ['cluster', '--out', join(dir, 'a.jsonl'), '--stories', join(dir, 's.json')];
    expect(await execute(args, io)).toBe(0);
    expect(io.out()).toBe('');
    expect(parse(readFileSync(join(dir, 'a.jsonl'), 'utf8'))).toHaveLength(6);
    const list = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as {
      schema: string;
      stories: { id: string; articles: string[] }[];
    };
    expect(list.schema).toBe('lagebild/clusters@1');
    expect(list.stories.map((s) => [s.id, s.articles])).toEqual([
      ['s:flut-1', ['flut-1', 'flut-2']],
      ['s:fussball-1', ['fussball-1', 'fussball-2']],
      ['s:zins-1', ['zins-1', 'zins-2']],
    ]);
  });
});

describe('lagebild cluster --stream with files, and what stays batch', () => {
  it('--stream reads a .jsonl file line by line and a folder whole, in input order', async () => {
    const dir = tempDir();
    const file = join(dir, 'ereignisse.jsonl');
    writeFileSync(file, EVENTS.slice(0, 2).map(record).join('') + '{kaputt\n');
    const io = fakeIo();
    expect(await execute(['cluster', '--stream', file, EXAMPLE_DIR], io)).toBe(1);
    const lines = parse(io.out());
    expect(lines.map((l) => l.article)).toEqual(['flut-1', 'flut-2', ...EXAMPLE.map((e) => e.id)]);
    expect(io.err()).toContain(`${file}#3: invalid JSON`);
    expect(io.err()).toMatch(/7 articles in 2 stories/u);
  });

  it('--stream with a missing .jsonl file reports it and goes on', async () => {
    const io = fakeIo();
    expect(await execute(['cluster', '--stream', '/nowhere/x.jsonl', EXAMPLE_DIR], io)).toBe(1);
    expect(io.err()).toMatch(/\/nowhere\/x\.jsonl: no such file or directory/u);
    expect(parse(io.out())).toHaveLength(5);
  });

  it('plain text on stdin is read whole (batch); --stream --format json is a usage error', async () => {
    const text = fakeIo(seedFiles()[0]!.text);
    expect(await execute(['cluster'], text)).toBe(0);
    expect(parse(text.out()).map((l) => l.article)).toEqual(['stdin']);
    const conflict = fakeIo('');
    expect(await execute(['cluster', '--stream', '--format', 'json'], conflict)).toBe(2);
    expect(conflict.err()).toMatch(/--format json needs the whole input/u);
  });

  it('nothing usable on the stream: exit 2', async () => {
    const io = fakeIo('{"id": "x", "text": " "}\n{kaputt\n');
    expect(await execute(['cluster'], io)).toBe(2);
    expect(io.err()).toMatch(/nothing usable/u);
  });
});
