/** The terminal table of `eval quotes`: dev and held-out figures, then the kinds of error on dev. */
import type { QuoteScores, QuotesReport } from './quotes.js';
import { table } from './report.js';

const dec = (x: number): string => x.toFixed(3);

function row(name: string, s: QuoteScores): string[] {
  return [
    name,
    String(s.articles),
    `${String(s.right)}/${String(s.predicted)}`,
    `${String(s.found)}/${String(s.gold)}`,
    dec(s.p),
    dec(s.r),
    dec(s.f),
    `${String(s.speakerRight)}/${String(s.speakerGold)} (${String(s.speakerGiven)} given)`,
    s.speakerInterval === undefined
      ? dec(s.speakerAccuracy)
      : `${dec(s.speakerAccuracy)} (${dec(s.speakerInterval.low)}–${dec(s.speakerInterval.high)})`,
    `${String(s.indirectRight)}/${String(s.indirectGold)}`,
    dec(s.indirectRecall),
  ];
}

export function quotesTable(report: QuotesReport): string {
  const head = `quotes ${report.dataset}: direct quotes (≥ 50 % character overlap), speakers, indirect speech\n`;
  const body = table(
    [
      'split',
      'articles',
      'right',
      'found',
      'P',
      'R',
      'F1',
      'speaker',
      'acc (95 % interval)',
      'indirect',
      'recall',
    ],
    [row('dev', report.dev), row('held-out', report.heldOut)],
  );
  const errors = Object.entries(report.dev.errors)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => [k, String(n)]);
  return head + body + 'errors on dev:\n' + table(['kind', 'n'], errors);
}
