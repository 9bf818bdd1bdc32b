/** The terminal table of `eval entities`: dev and held-out figures (all and news sentences), per type, errors. */
import { NER_TYPES, type EntitiesReport, type EntityScores } from './entities.js';
import { table } from './report.js';

const dec = (x: number): string => x.toFixed(3);

function row(name: string, s: EntityScores): string[] {
  return [
    name,
    String(s.sentences),
    `${String(s.right)}/${String(s.predicted)}`,
    `${String(s.right)}/${String(s.gold)}`,
    dec(s.p),
    dec(s.r),
    dec(s.f),
    s.intervals === undefined
      ? ''
      : `${dec(s.intervals.p.low)}–${dec(s.intervals.p.high)} / ${dec(s.intervals.f.low)}–${dec(s.intervals.f.high)}`,
    ...NER_TYPES.map((t) => `${dec(s.byType[t].p)}/${dec(s.byType[t].r)}/${dec(s.byType[t].f)}`),
  ];
}

export function entitiesTable(report: EntitiesReport): string {
  const head = `entities ${report.dataset}: exact outer PER/LOC/ORG spans (OTH, -deriv, -part ignored)\n`;
  const body = table(
    [
      'split',
      'sentences',
      'right/pred',
      'right/gold',
      'P',
      'R',
      'F1',
      'P / F1 (95 % interval)',
      'PER P/R/F1',
      'LOC P/R/F1',
      'ORG P/R/F1',
    ],
    [
      row('dev', report.dev),
      row('held-out', report.heldOut),
      row('dev news', report.devNews),
      row('held-out news', report.heldOutNews),
    ],
  );
  const errors = Object.entries(report.dev.errors)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => [k, String(n)]);
  return head + body + 'errors on dev:\n' + table(['kind', 'n'], errors);
}
