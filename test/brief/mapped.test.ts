import { describe, expect, it } from 'vitest';
import { mapped } from '../../src/core/kept.js';
import { briefMemo } from '../../src/brief/memo.js';

describe('mapped: a pushed list with what Array.prototype.map gives', () => {
  it('gives each item mapped in order, with its index', () => {
    const words = ['Der', 'Minister', 'sagte'];
    expect(mapped(words, (w, i) => `${String(i)}:${w.toLowerCase()}`)).toEqual([
      '0:der',
      '1:minister',
      '2:sagte',
    ]);
    expect(mapped(words, (w) => w.length)).toEqual(words.map((w) => w.length));
    expect(mapped([], (w: string) => w)).toEqual([]);
  });

  it('makes a new list and leaves the given one alone', () => {
    const counts = [1, 2, 3];
    const doubled = mapped(counts, (n) => n * 2);
    expect(doubled).not.toBe(counts);
    expect(doubled).toEqual([2, 4, 6]);
    expect(counts).toEqual([1, 2, 3]);
  });
});

describe('briefMemo: one shape from the start', () => {
  it('has the fields of the lexical and coverage memos before any brief filled them', () => {
    const memo = briefMemo();
    expect(Object.keys(memo.lexical).sort()).toEqual(['carriers', 'counts', 'linked', 'state', 'wording']);
    expect(Object.values(memo.lexical).every((v) => v === undefined)).toBe(true);
    expect(Object.keys(memo.coverage)).toEqual(['last']);
    expect(memo.coverage.last).toBeUndefined();
  });
});
