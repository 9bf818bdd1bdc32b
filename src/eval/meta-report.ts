/** The terminal table of `eval meta`: dev and held-out figures, then the wrong pages per field on dev. */
import { META_FIELDS, type MetaReport, type MetaScores } from './meta.js';
import { table } from './report.js';

const dec = (x: number): string => x.toFixed(3);

function row(name: string, s: MetaScores): string[] {
  return [
    name,
    String(s.pages),
    dec(s.title),
    dec(s.authors),
    dec(s.date),
    dec(s.outlet),
    dec(s.outletMatchesPublisher),
    `${dec(s.text.p)}/${dec(s.text.r)}/${dec(s.text.f)}`,
  ];
}

export function metaTable(report: MetaReport): string {
  const head =
    `meta ${report.dataset}: share of pages with the title exact, the author set exact, the date to the day, ` +
    `the outlet named (not a domain; "≈ publisher": it names the gold publisher); main text 4-gram P/R/F1\n`;
  const body = table(
    ['split', 'pages', 'title', 'authors', 'date', 'outlet', '≈ publisher', 'text P/R/F1'],
    [row('dev', report.dev), row('held-out', report.heldOut)],
  );
  const errors = META_FIELDS.flatMap((field) =>
    report.dev.examples[field].map((e, i) => [
      i === 0 ? `${field} (${String(report.dev.errors[field])})` : '',
      e,
    ]),
  );
  return head + body + 'wrong on dev:\n' + table(['field', 'page: got / want'], errors, 2);
}
