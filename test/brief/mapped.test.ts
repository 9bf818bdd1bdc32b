import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { doubles, mapped, objects } from '../../src/core/kept.js';
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

describe('objects: an empty list made for objects', () => {
  // V8's own answer to which kind of elements a list holds (natives syntax, allowed here for this check only).
  setFlagsFromString('--allow-natives-syntax');
  const holdsObjects = new Function('list', 'return %HasObjectElements(list)') as (
    list: unknown[],
  ) => boolean;
  const holdsSmallIntegers = new Function('list', 'return %HasSmiElements(list)') as (
    list: unknown[],
  ) => boolean;

  it('is empty, new at each call, and of the kind an object list has, before and after a push', () => {
    const a = objects<{ name: string }>();
    const b = objects<{ name: string }>();
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
    // An empty literal is a list of small integers until an object is put in: two kinds at one place.
    const literal: { name: string }[] = [];
    expect(holdsSmallIntegers(literal)).toBe(true);
    expect(holdsObjects(a)).toBe(true);
    a.push({ name: 'Kim' });
    expect(holdsObjects(a)).toBe(true);
    expect(a).toEqual([{ name: 'Kim' }]);
    expect(b).toEqual([]);
  });
});

describe('doubles: an empty list of numbers stored as doubles', () => {
  setFlagsFromString('--allow-natives-syntax');
  const holdsDoubles = new Function('list', 'return %HasDoubleElements(list)') as (
    list: unknown[],
  ) => boolean;

  it('is empty, new at each call, and keeps doubles when whole numbers are pushed', () => {
    const a = doubles();
    expect(a).toEqual([]);
    expect(a).not.toBe(doubles());
    expect(holdsDoubles(a)).toBe(true);
    a.push(1, 0);
    expect(holdsDoubles(a)).toBe(true);
    expect(a).toEqual([1, 0]);
    // a literal of whole numbers is a list of small integers: the other kind
    expect(holdsDoubles([1, 0])).toBe(false);
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
