import { describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { fakeIo } from '../support/io.js';
import { OTHER_EVENTS } from '../cluster/stories.js';

const record = (r: object): string => JSON.stringify(r) + '\n';
const EVENTS = OTHER_EVENTS.map(({ id, title, text, published }) => ({ id, title, text, published }));

/**
 * The flood story (25 April) closes when the football final of the 29th comes (window 6 h); then a flood report of
 * the 25th arrives late, about 100 hours after the flood story's last article.
 */
function lateStream(): string {
  const later = (e: (typeof EVENTS)[number]): object => ({ ...e, published: '2019-04-29T12:00:00Z' });
  return [EVENTS[0]!, later(EVENTS[2]!), EVENTS[1]!].map(record).join('');
}

async function storiesOf(extra: string[]): Promise<[string, string, boolean][]> {
  const io = fakeIo(lateStream());
  expect(await execute(['cluster', '--window', '6', ...extra], io)).toBe(0);
  return io
    .out()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { article: string; story: string; reopened?: boolean })
    .map((l) => [l.article, l.story, l.reopened ?? false]);
}

describe('cluster --late-hours / --closed-stories', () => {
  it('by default the late report reopens the closed story of its time', async () => {
    expect((await storiesOf([]))[2]).toEqual(['flut-2', 's:flut-1', true]);
    expect((await storiesOf(['--late-hours', '200', '--closed-stories', '5']))[2]).toEqual([
      'flut-2',
      's:flut-1',
      true,
    ]);
  });

  it('--late-hours shorter than the lateness: the closed story is forgotten, the report starts its own', async () => {
    expect((await storiesOf(['--late-hours', '24']))[2]).toEqual(['flut-2', 's:flut-2', false]);
    expect((await storiesOf(['--late-hours', '0']))[2]).toEqual(['flut-2', 's:flut-2', false]);
  });

  it('--closed-stories 0 keeps no closed story findable', async () => {
    expect((await storiesOf(['--closed-stories', '0']))[2]).toEqual(['flut-2', 's:flut-2', false]);
  });

  it('also in batch mode the flags are taken (and checked)', async () => {
    const io = fakeIo(lateStream());
    expect(await execute(['cluster', '--batch', '--late-hours', '24', '--closed-stories', '10'], io)).toBe(0);
  });

  it.each([
    ['--late-hours', '-1', /--late-hours.*expected hours from 0 to 1000000, got "-1"/u],
    ['--late-hours', 'soon', /--late-hours.*got "soon"/u],
    ['--late-hours', '', /--late-hours.*got ""/u],
    ['--late-hours', '2e6', /--late-hours.*got "2e6"/u],
    ['--closed-stories', '1.5', /--closed-stories.*expected a whole number from 0 to 1000000000, got "1.5"/u],
    ['--closed-stories', '-3', /--closed-stories.*got "-3"/u],
    ['--closed-stories', 'many', /--closed-stories.*got "many"/u],
    ['--closed-stories', '2000000000', /--closed-stories.*got "2000000000"/u],
  ])('%s %j exits 2 with a clear message', async (flag, value, message) => {
    const io = fakeIo(lateStream());
    expect(await execute(['cluster', flag, value], io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe('');
  });
});
