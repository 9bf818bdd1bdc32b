import { describe, expect, it, vi } from 'vitest';
import { StreamClusterRun } from '../../src/flows/index.js';
import { OTHER_EVENTS } from '../cluster/stories.js';

/** Every text split into lines, counted: the stream path should split each document once. */
const split = vi.hoisted(() => ({ texts: [] as string[] }));

vi.mock('../../src/clean/lines.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/clean/lines.js')>();
  return {
    ...actual,
    toLines: (text: string) => {
      split.texts.push(text);
      return actual.toLines(text);
    },
  };
});

describe('the stream path splits each document into lines once', () => {
  it('for the repeated-line window and the clean stage together', () => {
    const run = new StreamClusterRun();
    const events = OTHER_EVENTS.slice(0, 3).flatMap((e, i) =>
      run.addRecord(
        { ...e, text: `${e.text}\nMehr aus dem Ressort` },
        { file: `-#${String(i)}`, idBase: e.id },
      ),
    );
    expect(events.filter((e) => e.kind === 'assignment')).toHaveLength(3);
    expect(split.texts).toHaveLength(3);
    expect(new Set(split.texts).size).toBe(3);
  });

  it('with crossDocument off too', () => {
    split.texts.length = 0;
    const run = new StreamClusterRun({ crossDocument: false });
    run.addRecord(OTHER_EVENTS[0], { file: '-#1', idBase: 'a' });
    expect(split.texts).toHaveLength(1);
  });
});
