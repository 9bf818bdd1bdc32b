import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { fakeIo } from '../support/io.js';
import { EXAMPLE_DIR } from '../support/seeds.js';
import { OTHER_EVENTS } from './stories.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-cluster-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** JSONL of the other events (ids, titles, dates) with the example story's files around them. */
function jsonl(records: readonly object[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

const EVENTS = OTHER_EVENTS.map(({ id, title, text, published }) => ({ id, title, text, published }));

function lines(out: string): { article: string; story: string; score: number; duplicateOf?: unknown }[] {
  return out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { article: string; story: string; score: number });
}

describe('lagebild cluster', () => {
  it('--batch: reads JSONL on stdin whole and writes one line per article, in time order', async () => {
    const io = fakeIo(jsonl([...EVENTS].reverse()));
    expect(await execute(['cluster', '--batch'], io)).toBe(0);
    const out = lines(io.out());
    expect(out.map((l) => l.article)).toEqual(EVENTS.map((e) => e.id));
    expect(out.map((l) => l.story)).toEqual([
      's:flut-1',
      's:flut-1',
      's:fussball-1',
      's:fussball-1',
      's:zins-1',
      's:zins-1',
    ]);
    expect(io.err()).toMatch(/6 articles in 3 stories/u);
  });

  it('reports duplicates, refuses an article with neither title nor text, and exits 1', async () => {
    const io = fakeIo(
      jsonl([
        ...EVENTS.slice(0, 2).map((e) => ({ ...e, url: `https://example.org/${e.id}` })),
        // dated after flut-1: an undated article would come first in a batch (undated articles have no time)
        {
          id: 'kopie-url',
          text: 'Anderer Text, gleiche Adresse.',
          url: 'https://www.example.org/flut-1/',
          published: '2019-04-25T12:00:00Z',
        },
        { id: 'kopie-text', text: EVENTS[1]!.text, published: '2019-04-25T11:00:00Z' },
        { id: 'leer', text: '', title: '' },
      ]),
    );
    expect(await execute(['cluster', '--format', 'json'], io)).toBe(1);
    const run = JSON.parse(io.out()) as {
      assignments: { article: string; story: string; duplicateOf?: { article: string; reason: string } }[];
      stories: { id: string; articles: string[]; duplicates: string[] }[];
      errors: { file: string; reason: string }[];
    };
    const byId = new Map(run.assignments.map((a) => [a.article, a]));
    expect(byId.get('kopie-url')?.duplicateOf).toEqual({ article: 'flut-1', reason: 'url' });
    expect(byId.get('kopie-text')?.duplicateOf).toEqual({ article: 'flut-2', reason: 'text' });
    expect(byId.has('leer')).toBe(false);
    expect(run.errors.map((e) => e.file)).toEqual(['-#5']);
    const flood = run.stories.find((s) => s.id === 's:flut-1');
    expect(flood?.articles).toEqual(['flut-1', 'flut-2']);
    expect(flood?.duplicates?.slice().sort()).toEqual(['kopie-text', 'kopie-url']);
    expect(io.err()).toMatch(/-#5: record has neither "text" nor "html"/u);
  });

  it('writes --out, --stories and a brief per story with two or more articles', async () => {
    const dir = tempDir();
    const io = fakeIo();
    const args = ['cluster', EXAMPLE_DIR, '--out', join(dir, 'a.jsonl'), '--stories', join(dir, 's.json')];
    expect(await execute([...args, '--briefs', join(dir, 'briefs'), '--brief-format', 'json'], io)).toBe(0);
    expect(io.out()).toBe('');
    const assignments = lines(readFileSync(join(dir, 'a.jsonl'), 'utf8'));
    expect(assignments).toHaveLength(5);
    expect(new Set(assignments.map((a) => a.story)).size).toBe(1);
    const stories = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as {
      schema: string;
      stories: { id: string; articles: string[]; headline: string; languages: string[] }[];
    };
    expect(stories.schema).toBe('lagebild/clusters@1');
    expect(stories.stories).toHaveLength(1);
    expect(stories.stories[0]?.languages).toEqual(['de']);
    const files = readdirSync(join(dir, 'briefs'));
    expect(files).toEqual([`${stories.stories[0]!.id.slice(2)}.json`]);
    const brief = JSON.parse(readFileSync(join(dir, 'briefs', files[0]!), 'utf8')) as {
      schema: string;
      articles: unknown[];
    };
    expect(brief.schema).toBe('lagebild/brief@1');
    expect(brief.articles).toHaveLength(5);
  });

  it('exits 2 on a bad option and when nothing is usable', async () => {
    const bad = fakeIo('');
    expect(await execute(['cluster', '--threshold', '2'], bad)).toBe(2);
    const empty = fakeIo(jsonl([{ id: 'x', text: ' ' }]));
    expect(await execute(['cluster'], empty)).toBe(2);
    expect(empty.err()).toMatch(/nothing usable/u);
  });
});
