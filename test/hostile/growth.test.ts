/**
 * Bounded work per input, without a clock: every class of the hostile corpus is read, cleaned and analysed
 * (sentences, tokens) at size n and 4n, and the character work (test/support/steps.ts) may grow about 4× —
 * linear — never 16× (quadratic). A class refused before it is parsed (too deep, too large) passes trivially.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle, normaliseAnalyseOptions } from '../../src/analyse/index.js';
import { cleanDocuments, normaliseCleanOptions } from '../../src/clean/index.js';
import {
  assignIds,
  nestsDeeperThan,
  normaliseIngestOptions,
  parseHtml,
  readBytes,
  TOO_DEEP_HTML,
  uniqueId,
  releaseId,
} from '../../src/ingest/index.js';
import { countCharacterSteps } from '../support/steps.js';
import { HOSTILE_CLASSES, hostileInput } from './corpus.js';

const ingestOptions = normaliseIngestOptions({ maxBytes: 64 * 1024 * 1024 });
const cleanOptions = normaliseCleanOptions();
const analyseOptions = normaliseAnalyseOptions({});

/** Reads, cleans and analyses one generated input the way every command does; the documents and errors. */
function pipeline(name: string, n: number): { documents: number; errors: string[] } {
  const input = hostileInput(name, n);
  const bytes = typeof input.content === 'string' ? new TextEncoder().encode(input.content) : input.content;
  const outcome = readBytes({ file: input.file, base: input.name, path: input.file, bytes }, ingestOptions);
  const documents = assignIds(outcome.pending);
  for (const article of cleanDocuments(documents, cleanOptions)) analyseArticle(article, analyseOptions);
  return { documents: documents.length, errors: outcome.errors.map((e) => e.reason) };
}

/** Sizes: 1 % and 4 % of the campaign's (large enough that a quadratic term dominates the fixed costs). */
const SMALL = 0.01;
/** Classes whose size is fixed (the size limit, an entity expansion, an empty file). */
const FIXED = new Set(['huge', 'billion-laughs', 'external-entity', 'empty']);

describe('work per input grows linearly (n → 4n)', () => {
  for (const c of HOSTILE_CLASSES.filter((k) => !FIXED.has(k.name))) {
    it(`${c.name}.${c.ext}`, () => {
      const n = Math.max(4, Math.round(c.base * SMALL));
      let small: ReturnType<typeof pipeline> | undefined;
      let large: ReturnType<typeof pipeline> | undefined;
      const atN = countCharacterSteps(() => void (small = pipeline(c.name, n)));
      const at4n = countCharacterSteps(() => void (large = pipeline(c.name, 4 * n)));
      // Nothing vanishes: a document or an error at either size.
      expect((small?.documents ?? 0) + (small?.errors.length ?? 0)).toBeGreaterThan(0);
      expect((large?.documents ?? 0) + (large?.errors.length ?? 0)).toBeGreaterThan(0);
      expect(at4n / atN, `${String(atN)} → ${String(at4n)} steps`).toBeLessThan(6);
    });
  }
});

describe('the HTML nesting guard', () => {
  const deep = (n: number, open: string, close = ''): string =>
    `<html><body>${open.repeat(n)}<p>Text des Artikels, lang genug.</p>${close.repeat(n)}</body></html>`;

  it('refuses a page nested deeper than 500 elements, before parsing it', () => {
    expect(nestsDeeperThan(deep(501, '<div>', '</div>'))).toBe(true);
    expect(nestsDeeperThan(deep(200, '<table><tr><td>'))).toBe(true);
    expect(nestsDeeperThan(deep(300, '<b><i>'))).toBe(true);
    expect(parseHtml(deep(100_000, '<span>'))).toEqual({ ok: false, problem: TOO_DEEP_HTML });
    expect(TOO_DEEP_HTML).toBe('too deeply nested to read (over 500 open elements)');
  });

  it('reads pages that are wide, not deep', () => {
    expect(nestsDeeperThan(deep(400, '<div>', '</div>'))).toBe(false);
    // 5 000 siblings that close themselves, void elements, self-closed SVG parts and raw text.
    expect(nestsDeeperThan(deep(1, `<table>${'<tr><td>Zelle'.repeat(5000)}</table>`))).toBe(false);
    expect(nestsDeeperThan(deep(1, `<ul>${'<li>Punkt'.repeat(5000)}</ul>`))).toBe(false);
    expect(nestsDeeperThan(deep(1, '<p>Absatz'.repeat(5000)))).toBe(false);
    expect(nestsDeeperThan(deep(1, '<br><img src="a.png"><path d="M0"/>'.repeat(5000)))).toBe(false);
    expect(nestsDeeperThan(deep(1, `<script>${'<div>'.repeat(5000)}</script>`))).toBe(false);
    expect(nestsDeeperThan(deep(1, `<!-- ${'<div>'.repeat(5000)} -->`))).toBe(false);
    expect(nestsDeeperThan(deep(1, `<a title="${'<div>'.repeat(5000)}">x</a>`))).toBe(false);
    const page = parseHtml(deep(400, '<div>', '</div>'));
    expect(page.ok && page.value.text).toBe('Text des Artikels, lang genug.');
  });
});

describe('ids of many records with one id', () => {
  it('are the ones a search from -2 gives, in linear work', () => {
    const pending = (n: number) =>
      Array.from({ length: n }, () => ({
        idBase: 'same',
        document: { format: 'json' as const, text: 'x', meta: {}, removed: [] },
      }));
    const ids = assignIds(pending(5)).map((d) => d.id);
    expect(ids).toEqual(['same', 'same-2', 'same-3', 'same-4', 'same-5']);
    // The work is lookups in the set of taken ids: counted by a set that counts them.
    const lookups = (n: number): number => {
      let count = 0;
      class Counting extends Set<string> {
        override has(value: string): boolean {
          count++;
          return super.has(value);
        }
      }
      assignIds(pending(n), new Counting());
      return count;
    };
    expect(lookups(8000) / lookups(2000)).toBeLessThan(6);
    expect(new Set(assignIds(pending(20_000)).map((d) => d.id)).size).toBe(20_000);
  });

  it('give a released id again, as before', () => {
    const taken = new Set<string>();
    expect(['a', 'a', 'a', 'a'].map((b) => uniqueId(b, taken))).toEqual(['a', 'a-2', 'a-3', 'a-4']);
    releaseId('a-2', taken);
    expect(uniqueId('a', taken)).toBe('a-2');
    expect(uniqueId('a', taken)).toBe('a-5');
    releaseId('a', taken);
    expect(uniqueId('a', taken)).toBe('a');
    taken.add('b-2');
    expect([uniqueId('b', taken), uniqueId('b', taken)]).toEqual(['b', 'b-3']);
  });
});
