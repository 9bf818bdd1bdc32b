import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerEval } from '../../src/cli/eval-command.js';
import { EXIT, type ExitCode } from '../../src/cli/io.js';
import {
  evaluateEntities,
  isHeldOutSentence,
  loadNerSentences,
  parseGermEval,
  sentenceText,
  tokenSpan,
  type EntitySystem,
} from '../../src/eval/entities.js';
import { toInputOffsets } from '../../src/eval/entities-run.js';
import { DataError } from '../../src/eval/errors.js';
import { fakeIo, type FakeIo } from '../support/io.js';

/** Two GermEval sentences (real dev-format lines: index, token, outer, inner). */
const TSV = [
  '#\thttp://www.welt.de/x.html\t[2009-10-15]',
  '1\tBundeskanzlerin\tO\tO',
  '2\tAngela\tB-PER\tO',
  '3\tMerkel\tI-PER\tO',
  '4\tflog\tO\tO',
  '5\tnach\tO\tO',
  '6\tAachen\tB-LOC\tO',
  '7\tzur\tO\tO',
  '8\tdeutschen\tB-LOCderiv\tO',
  '9\tCDU\tB-ORG\tO',
  '10\t.\tO\tO',
  '',
  '#\thttp://de.wikipedia.org/wiki/X\t[2009-08-13]',
  '1\tDer\tO\tO',
  '2\tFilm\tO\tO',
  '3\t"\tO\tO',
  '4\tEcce\tB-OTH\tO',
  '5\thomo\tI-OTH\tO',
  '6\t"\tO\tO',
  '7\tspielt\tO\tO',
  '8\tin\tO\tO',
  '9\tBad\tB-LOC\tO',
  '10\tTölz\tI-LOC\tB-LOC',
  '11\t.\tO\tO',
  '',
].join('\n');

describe('GermEval 2014 reader', () => {
  it('keeps outer PER/LOC/ORG spans and sets OTH and -deriv apart', () => {
    const [news, wiki] = parseGermEval(TSV);
    expect(news?.gold).toEqual([
      { from: 1, to: 3, type: 'PER' },
      { from: 5, to: 6, type: 'LOC' },
      { from: 8, to: 9, type: 'ORG' },
    ]);
    expect(news?.ignored).toEqual([{ from: 7, to: 8, type: 'LOCderiv' }]);
    expect(wiki?.gold).toEqual([{ from: 8, to: 10, type: 'LOC' }]);
    expect(wiki?.ignored).toEqual([{ from: 3, to: 5, type: 'OTH' }]);
    expect(wiki?.url).toContain('wikipedia');
  });

  it('a bad line or tag is a DataError naming the place', () => {
    expect(() => parseGermEval('1\tA\n')).toThrow(DataError);
    expect(() => parseGermEval('1\tA\tB-FOO\tO\n')).toThrow(/unknown tag "B-FOO"/);
    expect(() => loadNerSentences('/nonexistent/ner-de')).toThrow(DataError);
    const dir = mkdtempSync(join(tmpdir(), 'ner-'));
    writeFileSync(join(dir, 'NER-de-dev.tsv'), '\n\n');
    expect(() => loadNerSentences(dir)).toThrow(/no sentences/);
  });

  it('joins tokens as running text and maps character spans back to tokens', () => {
    const { text, offsets } = sentenceText(['Er', 'kam', '(', 'aus', 'Aachen', ')', '.']);
    expect(text).toBe('Er kam (aus Aachen).');
    const at = text.indexOf('Aachen');
    expect(tokenSpan(offsets, { start: at, end: at + 6, type: 'LOC' })).toEqual({
      from: 4,
      to: 5,
      type: 'LOC',
    });
    // "Merkels" found as "Merkel": the token it overlaps.
    const m = sentenceText(['Merkels', 'Plan']);
    expect(tokenSpan(m.offsets, { start: 0, end: 6, type: 'PER' })).toEqual({ from: 0, to: 1, type: 'PER' });
  });

  it('maps mentions of a changed cleaned text back by searching them in order', () => {
    const out = toInputOffsets('A Berlin B Berlin', 'Berlin B Berlin', [
      { start: 0, end: 6, text: 'Berlin', type: 'LOC' },
      { start: 9, end: 15, text: 'Berlin', type: 'LOC' },
    ]);
    expect(out).toEqual([
      { start: 2, end: 8, type: 'LOC' },
      { start: 11, end: 17, type: 'LOC' },
    ]);
  });
});

describe('entities scorer', () => {
  const sentences = parseGermEval(TSV);
  /** Finds "Angela Merkel" right, "Aachen" as ORG (wrong type), "Merkel" alone (boundary), "deutschen" (ignored). */
  const system: EntitySystem = (text) => {
    const span = (s: string, type: 'PER' | 'LOC' | 'ORG') => {
      const at = text.indexOf(s);
      return at < 0 ? [] : [{ start: at, end: at + s.length, type }];
    };
    return [
      ...span('Angela Merkel', 'PER'),
      ...span('Aachen', 'ORG'),
      ...span('deutschen', 'LOC'),
      ...span('Tölz', 'LOC'),
      ...span('Film', 'PER'),
    ];
  };

  it('counts exact matches, types, boundaries and false ones; news apart', () => {
    const held = sentences.map((s) => isHeldOutSentence(sentenceText(s.tokens).text));
    const report = evaluateEntities(sentences, system, 'test');
    const all = [report.dev, report.heldOut];
    const sum = (k: 'right' | 'predicted' | 'gold'): number => all.reduce((n, s) => n + s[k], 0);
    expect(sum('gold')).toBe(4);
    expect(sum('predicted')).toBe(5);
    expect(sum('right')).toBe(1);
    const errors: Record<string, number> = {};
    for (const s of all) for (const [k, n] of Object.entries(s.errors)) errors[k] = (errors[k] ?? 0) + n;
    expect(errors).toEqual({
      'wrong type': 1,
      'missed ORG': 1,
      boundary: 1,
      'false on OTH/deriv/part': 1,
      'false PER': 1,
    });
    // The news split holds the first sentence only.
    expect(report.devNews.sentences + report.heldOutNews.sentences).toBe(1);
    expect(report.dev.sentences).toBe(held.filter((h) => !h).length);
    const per = all.reduce((n, s) => n + s.byType.PER.right, 0);
    expect(per).toBe(1);
  });

  it('perfect predictions score 1; no predictions score 0 without dividing by zero', () => {
    const perfect: EntitySystem = (text) => {
      const s = sentences.find((x) => sentenceText(x.tokens).text === text)!;
      const { offsets } = sentenceText(s.tokens);
      return s.gold.map((g) => ({
        start: offsets[g.from]![0],
        end: offsets[g.to - 1]![1],
        type: g.type as 'PER' | 'LOC' | 'ORG',
      }));
    };
    const r = evaluateEntities(sentences, perfect, 'test');
    for (const s of [r.dev, r.heldOut].filter((x) => x.gold > 0)) expect(s.f).toBe(1);
    const none = evaluateEntities(sentences, () => [], 'test');
    expect(none.dev.f).toBe(0);
    expect(none.dev.p).toBe(0);
  });
});

describe('lagebild eval entities', () => {
  async function run(args: string[], c: FakeIo): Promise<ExitCode> {
    let code: ExitCode = EXIT.ok;
    const program = new Command('lagebild').exitOverride();
    registerEval(program, c, (x) => (code = x));
    await program.parseAsync(args, { from: 'user' });
    return code;
  }

  it('runs lagebild on a GermEval file and prints the table with per-type figures and errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-cli-'));
    writeFileSync(join(dir, 'NER-de-dev.tsv'), TSV);
    const c = fakeIo();
    expect(await run(['eval', 'entities', '--data', dir, '--errors', join(dir, 'errors.jsonl')], c)).toBe(
      EXIT.ok,
    );
    expect(c.out()).toContain('entities ner-de: exact outer PER/LOC/ORG');
    expect(c.out()).toMatch(/held-out news/);
    const json = fakeIo();
    expect(await run(['eval', 'entities', '--data', dir, '--json'], json)).toBe(EXIT.ok);
    const report = JSON.parse(json.out()) as { dev: { gold: number }; heldOut: { gold: number } };
    expect(report.dev.gold + report.heldOut.gold).toBe(4);
  });

  it('a missing folder exits with 2 and a message', async () => {
    const c = fakeIo();
    expect(await run(['eval', 'entities', '--data', '/nonexistent/ner-de'], c)).toBe(EXIT.usage);
    expect(c.err()).toMatch(/cannot read \/nonexistent\/ner-de/);
  });
});
