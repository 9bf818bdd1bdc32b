/** `lagebild cluster --stories`: each story of the stories file carries its storyline (batch mode). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { fakeIo } from '../support/io.js';
import { TRIAL_OPENING, TRIAL_VERDICT, UNRELATED_LATER } from './storyline-texts.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('lagebild cluster --stories', () => {
  it('gives the verdict two weeks after the trial opening the opening’s storyline; a later story its own', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lagebild-storyline-'));
    const records = [...TRIAL_VERDICT, ...UNRELATED_LATER.slice(1), ...TRIAL_OPENING].map((d) => ({
      id: d.id,
      text: d.text,
      ...d.meta,
    }));
    const io = fakeIo(records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const file = join(dir, 'stories.json');
    expect(await execute(['cluster', '--batch', '--stories', file], io)).toBe(0);
    const { stories } = JSON.parse(readFileSync(file, 'utf8')) as {
      stories: { id: string; storyline: string; continues?: { story: string; score: number } }[];
    };
    expect(stories.map((s) => [s.id, s.storyline, s.continues?.story])).toEqual([
      ['s:prozess-auftakt-1', 's:prozess-auftakt-1', undefined],
      ['s:prozess-urteil-1', 's:prozess-auftakt-1', 's:prozess-auftakt-1'],
      ['s:stuttgart-stadion', 's:stuttgart-stadion', undefined],
    ]);
    expect(stories[1]?.continues?.score).toBeGreaterThan(0.35);
  });
});

describe('lagebild cluster --stream: storylines', () => {
  const records = (docs: readonly { id: string; text: string; meta: object }[]): string =>
    docs.map((d) => JSON.stringify({ id: d.id, text: d.text, ...d.meta })).join('\n') + '\n';
  type Line = {
    article?: string;
    story?: string;
    storyline?: string;
    continues?: { story: string; score: number };
  };
  const lines = (out: string): Line[] =>
    out
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Line)
      .filter((l) => l.article !== undefined);

  it('the verdict two weeks after the opening carries the opening’s storyline on every line, in time order', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lagebild-storyline-'));
    const io = fakeIo(records([...TRIAL_OPENING, ...TRIAL_VERDICT, ...UNRELATED_LATER.slice(1)]));
    const file = join(dir, 'stories.json');
    expect(await execute(['cluster', '--stream', '--stories', file], io)).toBe(0);
    const out = lines(io.out());
    const verdict = out.filter((l) => l.story === 's:prozess-urteil-1');
    expect(verdict.length).toBeGreaterThan(0);
    for (const l of verdict) expect(l.storyline).toBe('s:prozess-auftakt-1');
    expect(verdict[0]?.continues?.story).toBe('s:prozess-auftakt-1');
    expect(verdict[0]?.continues?.score).toBeGreaterThan(0.35);
    expect(verdict.slice(1).every((l) => l.continues === undefined)).toBe(true);
    for (const l of out.filter((x) => x.story === 's:prozess-auftakt-1'))
      expect(l.storyline).toBe('s:prozess-auftakt-1');
    const other = out.find((l) => l.story === 's:stuttgart-stadion');
    expect(other?.storyline).toBe('s:stuttgart-stadion');
    const { stories } = JSON.parse(readFileSync(file, 'utf8')) as {
      stories: { id: string; storyline: string }[];
    };
    expect(stories.map((s) => [s.id, s.storyline])).toEqual([
      ['s:prozess-auftakt-1', 's:prozess-auftakt-1'],
      ['s:prozess-urteil-1', 's:prozess-auftakt-1'],
      ['s:stuttgart-stadion', 's:stuttgart-stadion'],
    ]);
  });

  it('with a window longer than the gap, no story continues another: each is its own storyline', async () => {
    const io = fakeIo(records([...TRIAL_OPENING, ...TRIAL_VERDICT]));
    expect(await execute(['cluster', '--stream', '--window', '2000'], io)).toBe(0);
    const out = lines(io.out());
    // inside the window the clusterer decides; the storyline step never links across it
    expect(out.length).toBeGreaterThan(0);
    for (const l of out) expect([l.storyline, l.continues]).toEqual([l.story, undefined]);
  });
});
