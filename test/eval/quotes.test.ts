import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { EXIT, type ExitCode } from '../../src/cli/io.js';
import { registerEval } from '../../src/cli/eval-command.js';
import { DataError } from '../../src/eval/errors.js';
import {
  evaluateQuotes,
  isHeldOut,
  loadQuoteArticles,
  locate,
  speakerMatches,
  type GoldAnnotation,
  type QuoteArticle,
} from '../../src/eval/quotes.js';
import { fakeIo, type FakeIo } from '../support/io.js';

/** A gold role over the first occurrence of `part` in `text`. */
function role(text: string, part: string): { text: string; spans: { charBegin: number; charEnd: number }[] } {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`no ${part}`);
  return { text: part, spans: [{ charBegin: at, charEnd: at + part.length }] };
}

const TEXT =
  'Innenminister Peter Brandt besuchte die Grenze. Er sagte: „Wir verstärken die Kontrollen deutlich.“ ' +
  'Er arbeitet im „Department of Vertebrate Zoology“. Brandt sagte, die Lage sei ruhig.';

const ANNOTATIONS: GoldAnnotation[] = [
  {
    type: 'Direct',
    quote: role(TEXT, '„Wir verstärken die Kontrollen deutlich.“'),
    speaker: role(TEXT, 'Innenminister Peter Brandt'),
  },
  { type: 'Indirect', quote: role(TEXT, 'die Lage sei ruhig'), speaker: role(TEXT, 'Brandt sagte') },
];
// The pronoun gold speaker "Er" of the direct quote stands for the nearest earlier named speaker span.
const PRONOUN: GoldAnnotation[] = [
  {
    type: 'Direct',
    quote: role(TEXT, '„Wir verstärken die Kontrollen deutlich.“'),
    speaker: role(TEXT, 'Er sagte'),
  },
];

const article = (annotations: GoldAnnotation[], name = 'a1 (2005-01-01)'): QuoteArticle => ({
  name,
  text: TEXT,
  annotations,
});

describe('quotes scorer', () => {
  it('counts right, false and found quotes and the speaker by its last name word', () => {
    const report = evaluateQuotes(
      [article(ANNOTATIONS)],
      () => [
        { text: 'Wir verstärken die Kontrollen deutlich.', speaker: 'Peter Brandt' },
        { text: 'Department of Vertebrate Zoology', speaker: null },
      ],
      'fixture',
    );
    const s = isHeldOut('a1 (2005-01-01)') ? report.heldOut : report.dev;
    expect(s).toMatchObject({ predicted: 2, right: 1, gold: 1, found: 1, speakerGold: 1, speakerRight: 1 });
    expect(s.p).toBe(0.5);
    expect(s.r).toBe(1);
    expect(s.errors).toEqual({ 'false: title or name': 1 });
    expect(s.indirectGold).toBe(1);
    expect(s.indirectRight).toBe(0);
  });

  it('a quote covering less than half of the gold quote is right but finds nothing, so no speaker is scored', () => {
    const report = evaluateQuotes(
      [article(ANNOTATIONS)],
      () => [{ text: 'Wir verstärken', speaker: 'Angela Merkel' }],
      'fixture',
    );
    const s = isHeldOut('a1 (2005-01-01)') ? report.heldOut : report.dev;
    expect(s).toMatchObject({ right: 1, found: 0, speakerGold: 0 });
  });

  it('scores an indirect item surfaced with its speaker', () => {
    const report = evaluateQuotes(
      [article(ANNOTATIONS)],
      () => [{ text: 'die Lage sei ruhig', speaker: 'Peter Brandt', kind: 'indirect' }],
      'fixture',
    );
    const s = isHeldOut('a1 (2005-01-01)') ? report.heldOut : report.dev;
    expect(s).toMatchObject({ predicted: 0, indirectGold: 1, indirectRight: 1 });
  });

  it('accepts the role the prediction gives against a gold description, and nothing else of it', () => {
    const described: GoldAnnotation[] = [
      {
        type: 'Direct',
        quote: role(TEXT, '„Wir verstärken die Kontrollen deutlich.“'),
        speaker: role(TEXT, 'Innenminister'),
      },
    ];
    const score = (role?: string): number => {
      const report = evaluateQuotes(
        [article(described)],
        () => [
          {
            text: 'Wir verstärken die Kontrollen deutlich.',
            speaker: 'Angela Merkel',
            ...(role !== undefined ? { role } : {}),
          },
        ],
        'fixture',
      );
      return (isHeldOut('a1 (2005-01-01)') ? report.heldOut : report.dev).speakerRight;
    };
    expect(score('Innenminister')).toBe(1);
    expect(score()).toBe(0);
    expect(score('Kanzlerin')).toBe(0);
  });

  it('reads a pronoun gold speaker as the nearest earlier named gold speaker', () => {
    const withName: GoldAnnotation[] = [
      {
        type: 'Indirect',
        quote: role(TEXT, 'besuchte die Grenze'),
        speaker: role(TEXT, 'Innenminister Peter Brandt'),
      },
      ...PRONOUN.map((a) => ({ ...a, speaker: role(TEXT, 'Er') })),
    ];
    const report = evaluateQuotes(
      [article(withName)],
      () => [{ text: 'Wir verstärken die Kontrollen deutlich.', speaker: 'Peter Brandt' }],
      'fixture',
    );
    const s = isHeldOut('a1 (2005-01-01)') ? report.heldOut : report.dev;
    expect(s.speakerRight).toBe(1);
  });

  it('matches speakers by the last name word, genitive s dropped', () => {
    expect(speakerMatches('Nicolas Sarkozy', 'Der Innenminister Frankreichs, Nicolas Sarkozy')).toBe(true);
    expect(speakerMatches('Polizeisprecher', 'Ein Polizeisprecher')).toBe(true);
    expect(speakerMatches('Angela Merkel', 'Der Innenminister Frankreichs, Nicolas Sarkozy')).toBe(false);
    expect(speakerMatches('', 'Er')).toBe(false);
  });

  it('matches a full name to a gold mention by the given name ("Thaksin" for "Thaksin Shinawatra")', () => {
    expect(speakerMatches('Thaksin Shinawatra', 'Thaksin')).toBe(true);
    expect(speakerMatches('Thaksin Shinawatra', 'der frühere Premier Thaksin')).toBe(true);
    // Not a one-word prediction, nor a gold span whose last word is another ("Thaksin sagte" is no gold speaker).
    expect(speakerMatches('Thaksin', 'Shinawatra')).toBe(false);
    expect(speakerMatches('Thaksin Shinawatra', 'Thaksin und Hun Sen')).toBe(false);
  });

  it('locates predicted quotes in the original text whitespace-insensitively, in order', () => {
    expect(
      locate('a „b  c“ d „b c“', [
        { text: 'b c', speaker: null },
        { text: 'b c', speaker: null },
      ]),
    ).toEqual([
      [3, 7],
      [12, 15],
    ]);
    expect(locate('abc', [{ text: 'xyz', speaker: null }])).toEqual([null]);
  });

  it('splits by a stable hash of the article name, about a fifth held out', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `article ${String(i)}`);
    const held = names.filter(isHeldOut).length;
    expect(held).toBeGreaterThan(150);
    expect(held).toBeLessThan(250);
    expect(names.filter(isHeldOut)).toEqual(names.filter(isHeldOut));
  });
});

describe('quotes data', () => {
  it('reads every *.jsonl.gz of a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-de-'));
    const line = JSON.stringify({ documentName: 'x', originalText: TEXT, annotations: ANNOTATIONS });
    writeFileSync(join(dir, 'dev.jsonl.gz'), gzipSync(line + '\n'));
    expect(loadQuoteArticles(dir)).toHaveLength(1);
  });

  it('bad data is a DataError naming the file: missing, empty, not JSON, wrong shape', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-bad-'));
    expect(() => loadQuoteArticles(join(dir, 'missing'))).toThrow(DataError);
    expect(() => loadQuoteArticles(dir)).toThrow(/no \*\.jsonl/);
    writeFileSync(join(dir, 'a.jsonl'), '{not json\n');
    expect(() => loadQuoteArticles(dir)).toThrow(/a\.jsonl:1: not JSON/);
    writeFileSync(join(dir, 'a.jsonl'), '{"documentName": "x"}\n');
    expect(() => loadQuoteArticles(dir)).toThrow(/not a quotes-de article/);
  });
});

describe('lagebild eval quotes', () => {
  async function run(args: string[], c: FakeIo): Promise<ExitCode> {
    let code: ExitCode = EXIT.ok;
    const program = new Command('lagebild').exitOverride();
    registerEval(program, c, (x) => (code = x));
    await program.parseAsync(args, { from: 'user' });
    return code;
  }

  it('scores the system on a small folder and prints dev and held-out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-cli-'));
    const lines = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) =>
      JSON.stringify({ documentName: n, originalText: TEXT, annotations: ANNOTATIONS }),
    );
    writeFileSync(join(dir, 'dev.jsonl'), lines.join('\n') + '\n');
    const c = fakeIo();
    expect(await run(['eval', 'quotes', '--data', dir, '--json'], c)).toBe(EXIT.ok);
    const report = JSON.parse(c.out()) as { dev: { gold: number; found: number }; heldOut: { gold: number } };
    expect(report.dev.gold + report.heldOut.gold).toBe(6);
    expect(report.dev.found).toBe(report.dev.gold);
  });

  it('a missing folder exits with 2 and a message', async () => {
    const c = fakeIo();
    expect(await run(['eval', 'quotes', '--data', '/nonexistent/quotes'], c)).toBe(EXIT.usage);
    expect(c.err()).toMatch(/cannot read \/nonexistent\/quotes/);
  });
});

describe('quotes scorer: gold pronouns', () => {
  it('reads "Demnach" as a pronoun, and checks no speaker for a pronoun with no earlier gold speaker', () => {
    const system = (): { text: string; speaker: string }[] => [
      { text: 'Wir verstärken die Kontrollen deutlich.', speaker: 'Peter Brandt' },
    ];
    const scores = (annotations: GoldAnnotation[]): { gold: number; right: number } => {
      const report = evaluateQuotes([article(annotations)], system, 'fixture');
      const s = isHeldOut('a1 (2005-01-01)') ? report.heldOut : report.dev;
      return { gold: s.speakerGold, right: s.speakerRight };
    };
    // "Er" with no earlier gold speaker: only the pronoun itself could match, so no speaker is checked.
    expect(scores(PRONOUN.map((a) => ({ ...a, speaker: role(TEXT, 'Er') })))).toEqual({ gold: 0, right: 0 });
    // An anaphor after a named gold speaker stands for it.
    const demnach = TEXT.replace('Er sagte:', 'Demnach:');
    const named: GoldAnnotation[] = [
      {
        type: 'Indirect',
        quote: role(demnach, 'besuchte die Grenze'),
        speaker: role(demnach, 'Peter Brandt'),
      },
      {
        type: 'Direct',
        quote: role(demnach, '„Wir verstärken die Kontrollen deutlich.“'),
        speaker: role(demnach, 'Demnach'),
      },
    ];
    const report = evaluateQuotes([{ ...article(named), text: demnach }], system, 'fixture');
    const s = isHeldOut('a1 (2005-01-01)') ? report.heldOut : report.dev;
    expect([s.speakerGold, s.speakerRight]).toEqual([1, 1]);
  });
});
