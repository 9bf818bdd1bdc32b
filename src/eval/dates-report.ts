/** The terminal table of `eval dates`: dev and held-out figures, per type, then the kinds of error on dev. */
import { TIMEX_TYPES, type DateScores, type DatesReport } from './dates.js';
import { table } from './report.js';

const dec = (x: number): string => x.toFixed(3);

function row(name: string, s: DateScores): string[] {
  return [
    name,
    String(s.documents),
    `${String(s.predicted)}/${String(s.gold)}`,
    `${dec(s.strict.p)}/${dec(s.strict.r)}/${dec(s.strict.f)}`,
    `${dec(s.lenient.p)}/${dec(s.lenient.r)}/${dec(s.lenient.f)}`,
    dec(s.valueAccuracy),
    dec(s.valueF1),
    dec(s.strictValueF1),
  ];
}

function typeRows(s: DateScores): string[][] {
  return TIMEX_TYPES.map((t) => {
    const x = s.byType[t];
    const acc = x.lenient === 0 ? '–' : dec(x.valueRight / x.lenient);
    return [
      t,
      String(x.gold),
      String(x.predicted),
      x.gold === 0 ? '–' : dec(x.strict / x.gold),
      x.gold === 0 ? '–' : dec(x.lenient / x.gold),
      acc,
    ];
  });
}

export function datesTable(report: DatesReport): string {
  const head =
    `dates ${report.dataset} (${report.format.toUpperCase()}): extent P/R/F1 strict and lenient, value accuracy ` +
    `over lenient matches, value F1, strict+value F1\n`;
  const body = table(
    [
      'split',
      'docs',
      'pred/gold',
      'strict P/R/F1',
      'lenient P/R/F1',
      'value acc',
      'value F1',
      'strict+value',
    ],
    [row('dev', report.dev), row('held-out', report.heldOut)],
  );
  const types = table(
    ['type (dev)', 'gold', 'pred', 'strict R', 'lenient R', 'value acc'],
    typeRows(report.dev),
  );
  const errors = Object.entries(report.dev.errors)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => [k, String(n), (report.dev.examples[k] ?? []).slice(0, 2).join('; ')]);
  return head + body + types + 'errors on dev:\n' + table(['kind', 'n', 'e.g.'], errors);
}
