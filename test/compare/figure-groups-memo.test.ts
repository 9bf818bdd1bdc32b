import { describe, expect, it } from 'vitest';
import { groupFigures, type FigureGroupMemo } from '../../src/compare/conflicts.js';
import type { FoundFigure } from '../../src/compare/figures.js';

/** A made-up figure of article `a` counting `head` (no text of any data set). */
const fig = (a: number, value: number, head: string, hedge: string | null = null): FoundFigure => ({
  value,
  unit: null,
  counted: head,
  hedge,
  text: `${hedge !== null ? `${hedge} ` : ''}${value} ${head}`,
  modality: 'actual',
  article: `a${a}`,
  start: 10 * value,
  end: 10 * value + 5,
  articleIndex: a,
  head,
  increment: false,
});

describe('groupFigures with a memo (a growing story)', () => {
  it('gives what it gives without one, and keeps a group whose figures did not change', () => {
    const story = [
      fig(0, 20, 'Soldaten', 'rund'),
      fig(0, 3, 'Panzer'),
      fig(1, 21, 'Soldaten'),
      fig(1, 5, 'Panzer'),
      fig(2, 40, 'Helfer'),
    ];
    const memo: FigureGroupMemo = new Map();
    const first = groupFigures(story, memo);
    expect(first).toEqual(groupFigures(story));
    expect(first.conflicts.map((c) => c.about)).toEqual(['Panzer']);
    // The third article adds a soldier count and a second count of helpers: only those groups are made again.
    const grown = [...story, fig(3, 19, 'Soldaten'), fig(3, 80, 'Helfer')];
    const second = groupFigures(grown, memo);
    expect(second).toEqual(groupFigures(grown));
    expect(second.agreeing.map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([
      'rund 20 Soldaten / 21 Soldaten',
      'rund 20 Soldaten / 19 Soldaten',
    ]);
    const panzer = (r: typeof first) => r.groups.find((g) => g.about === 'Panzer');
    expect(panzer(second)).toBe(panzer(first));
    expect(second.groups.find((g) => g.about === 'Helfer')).toMatchObject({ agree: false });
    // Two soldier counts agree; with a third that agrees with one of them only, not every two articles do.
    expect(first.groups.find((g) => g.about === 'Soldaten')).toMatchObject({ agree: true });
    expect(second.groups.find((g) => g.about === 'Soldaten')).toMatchObject({ agree: false });
    expect([...memo.keys()]).toHaveLength(3);
    // A story without the tanks forgets their group.
    groupFigures(
      grown.filter((f) => f.head !== 'Panzer'),
      memo,
    );
    expect([...memo.keys()]).toHaveLength(2);
  });
});
