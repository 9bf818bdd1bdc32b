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
