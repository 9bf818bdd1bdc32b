import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  analyseArticle,
  normaliseAnalyseOptions,
  segmentSentences,
  type NormalisedAnalyseOptions,
} from '../../src/analyse/index.js';
import type { Block, CleanArticle } from '../../src/core/types.js';
import { sentences as de } from '../../src/lang/de/sentences.js';

const SEED = join(import.meta.dirname, '../../examples/kim-putin-2019');
const FILES = readdirSync(SEED)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Every non-empty line a block, as the cleaner makes them (bullet lines are list items). */
function linesAsBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim() !== '')
      blocks.push({ kind: /^\s*•/u.test(line) ? 'list-item' : 'paragraph', start, end });
    start = end + 1;
  }
  return blocks;
}

function article(text: string, blocks: Block[], language?: string): CleanArticle {
  return { id: 'a', format: 'text', text, blocks, meta: language ? { language } : {}, removed: [] };
}

function paragraphStartingWith(text: string, prefix: string): [number, number] {
  const start = text.indexOf(prefix);
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}

function sentencesOf(file: string, prefix: string): string[] {
  const text = readFileSync(join(SEED, file), 'utf8');
  const [start, end] = paragraphStartingWith(text, prefix);
  return segmentSentences(text, start, end, de).map((s) => text.slice(s.start, s.end));
}

const AUTO: NormalisedAnalyseOptions = normaliseAnalyseOptions();

describe('seed files', () => {
  test('paragraph with a quote that opens the next sentence (000): 4 sentences', () => {
    expect(sentencesOf('000_62401ecbec18278e.txt', 'Der nordkoreanische Führer muss')).toEqual([
      'Der nordkoreanische Führer muss also viel von Putin erwarten, der am Mittwochabend für seinen Gast ein festliches Bankett gibt.',
      'Kaum hatte Kim russischen Boden betreten, kündigte der Gast an, dass dies nicht sein letzter Besuch beim großen Nachbarn sein werde.',
      '„Das ist nur der erste Schritt“, verkündete er vielsagend.',
      'Am Donnerstagmorgen (Ortszeit) treffen sich Kim und Putin zum eigentlichen Gipfel auf der kleinen Insel Russkij, die zum Gelände der lokalen Universität gehört.',
    ]);
  });

  test('paragraph about the train (000): 5 sentences', () => {
    const s = sentencesOf('000_62401ecbec18278e.txt', 'Kim Jong-un scheut keine Mühen');
    expect(s).toHaveLength(5);
    expect(s[4]).toBe(
      'Insgesamt dauert die Fahrt trotz der geografischen Nähe rund 20 Stunden über teils holprige Gleise – auch am Freitag dann zurück, wohlgemerkt.',
    );
  });

  test('paragraph with a period inside a closing quote (001): 8 sentences', () => {
    const s = sentencesOf('001_2a559c43b46f36a7.txt', 'Zwar wurden keine verbindlichen');
    expect(s).toHaveLength(8);
    expect(s[4]).toBe('Kim lobte er als "interessanten und ideenreichen Gesprächspartner."');
    expect(s[5]?.startsWith('Auch Kim fand Gefallen am Gastgeber')).toBe(true);
  });

  test('sign-off in parentheses stays one sentence (001)', () => {
    const s = sentencesOf('001_2a559c43b46f36a7.txt', 'Zumindest bei Kim dürfte');
    expect(s.at(-1)).toBe('(André Ballin aus Moskau, 25.4.2019)');
  });

  test.each(FILES)(
    '%s: every sentence ends at punctuation or at its block end, and never spans lines',
    (file) => {
      const text = readFileSync(join(SEED, file), 'utf8');
      const analysed = analyseArticle(article(text, linesAsBlocks(text)), AUTO);
      expect(analysed.language).toBe('de');
      expect(analysed.sentences.length).toBeGreaterThan(5);
      for (const s of analysed.sentences) {
        const sentence = text.slice(s.start, s.end);
        const block = analysed.blocks[s.block];
        expect(block).toBeDefined();
        expect(sentence).not.toContain('\n');
        expect(sentence.startsWith('•')).toBe(false);
        const endsBlock = text.slice(s.end, block?.end).trim() === '';
        if (!endsBlock) expect(sentence).toMatch(/[.!?…]["“”»«‘’)]*$/u);
        // Never cut inside a word: a letter or digit on both sides of a sentence start.
        expect(/[\p{L}\p{N}]/u.test(text[s.start - 1] ?? ' ')).toBe(false);
      }
    },
  );
});

describe('analyseArticle', () => {
  const text =
    'Kim trifft Putin\n\nDer Gipfel beginnt. Beide reden.\n• Kim kommt mit dem Zug.\n\nHintergrund';
  const blocks: Block[] = [
    { kind: 'title', start: 0, end: 16 },
    { kind: 'paragraph', start: 18, end: text.indexOf('\n•') },
    { kind: 'list-item', start: text.indexOf('•'), end: text.indexOf('\n\nH') },
    { kind: 'heading', start: text.indexOf('Hinter'), end: text.length },
  ];

  test('sentences only from paragraphs and list items, with block index and tokens', () => {
    const a = analyseArticle(article(text, blocks, 'de'), AUTO);
    expect(a.language).toBe('de');
    expect(a.sentences.map((s) => [text.slice(s.start, s.end), s.block])).toEqual([
      ['Der Gipfel beginnt.', 1],
      ['Beide reden.', 1],
      ['Kim kommt mit dem Zug.', 2],
    ]);
    expect(a.sentences[0]?.tokens.map((t) => t.norm)).toEqual(['der', 'gipfel', 'beginnt']);
    expect(a.text).toBe(text);
    expect(a.blocks).toBe(blocks);
  });

  test('language: option over metadata over detection', () => {
    expect(analyseArticle(article(text, blocks, 'de-AT'), AUTO).language).toBe('de');
    expect(
      analyseArticle(article(text, blocks, 'de'), normaliseAnalyseOptions({ language: 'EN' })).language,
    ).toBe('en');
    const long = 'Der Gipfel beginnt am Donnerstag. Beide Staatschefs reden über die Lage.';
    expect(
      analyseArticle(article(long, [{ kind: 'paragraph', start: 0, end: long.length }]), AUTO).language,
    ).toBe('de');
  });

  test('English stems with English rules', () => {
    const en = 'The leaders met in the U.S. The talks ended.';
    const a = analyseArticle(article(en, [{ kind: 'paragraph', start: 0, end: en.length }], 'en'), AUTO);
    expect(a.sentences.map((s) => en.slice(s.start, s.end))).toEqual([
      'The leaders met in the U.S.',
      'The talks ended.',
    ]);
    expect(a.sentences[0]?.tokens.map((t) => t.stem)).toContain('leader');
  });
});

describe('normaliseAnalyseOptions', () => {
  test('defaults and normalisation', () => {
    expect(normaliseAnalyseOptions()).toEqual({ language: undefined, languages: [] });
    expect(normaliseAnalyseOptions({ language: 'de-DE', languages: ['DE', 'en', 'de'] })).toEqual({
      language: 'de',
      languages: ['de', 'en'],
    });
    expect(normaliseAnalyseOptions({ language: 'auto' }).language).toBeUndefined();
  });

  test('rejects what is no language code', () => {
    expect(() => normaliseAnalyseOptions({ language: 'German' })).toThrow(RangeError);
    expect(() => normaliseAnalyseOptions({ languages: ['1'] })).toThrow(RangeError);
  });
});
