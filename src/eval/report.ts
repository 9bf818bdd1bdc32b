/** Terminal tables and JSON shapes of the evaluation reports (strings only; the CLI prints them). */
import type { ClusterReport } from './cluster.js';
import type { SplitScores } from './cluster-order.js';
import { nearerOwn } from './cluster-splits.js';
import type { ExtractReport } from './extract.js';
import type { SummarizeReport } from './multinews.js';
import { ROUGE_TYPES } from './rouge.js';
import type { PearsonFigures, SimilarityReport, SplitFigures } from './similarity.js';

/** The first `left` columns left-aligned, the others right-aligned, two spaces apart. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], left = 1): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r
      .map((cell, c) => (c < left ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

const pct = (x: number): string => (100 * x).toFixed(2);
const dec = (x: number): string => x.toFixed(3);

export function summarizeTable(report: SummarizeReport, notes: readonly string[] = []): string {
  const rows = Object.entries(report.systems).map(([name, s]) => [
    name,
    pct(s.scores.rouge1.f),
    pct(s.scores.rouge2.f),
    pct(s.scores.rougeL.f),
    pct(s.scores.rougeLsum.f),
    `${pct(s.scores.rouge1.p)}/${pct(s.scores.rouge1.r)}`,
    s.failures > 0 ? String(s.failures) : '',
    s.seconds.toFixed(1),
  ]);
  const title = `summarize ${report.dataset}: ${report.n} clusters, ${report.words} words, ROUGE F1 ×100 (${report.scorer})\n`;
  const body = table(['system', 'R-1', 'R-2', 'R-L', 'R-Lsum', 'R-1 P/R', 'failed', 'seconds'], rows);
  return title + body + notes.map((n) => `note: ${n}\n`).join('');
}

export function extractTable(report: ExtractReport): string {
  const languages =
    report.format === 'trafilatura'
      ? Object.keys(Object.values(report.systems)[0]?.byLanguage ?? {}).slice(0, 3)
      : [];
  const header = ['system', 'P', 'R', 'F1', ...languages.map((l) => `${l} F1 (R)`), 'failed', 'seconds'];
  const rows = Object.entries(report.systems).map(([name, s]) => [
    name,
    dec(s.p),
    dec(s.r),
    dec(s.f),
    ...languages.map((l) => {
      const x = s.byLanguage?.[l];
      return x === undefined ? '' : `${dec(x.f)} (${dec(x.r)})`;
    }),
    s.failures > 0 ? String(s.failures) : '',
    s.stored === true ? 'stored' : s.seconds.toFixed(1),
  ]);
  const metric =
    report.format === 'trafilatura'
      ? 'with/without snippets, micro P/R/F1; R = share of real-text snippets kept'
      : '4-gram shingles, P/R means over pages, F1 of the means';
  const title = `extract ${report.dataset}: ${report.n} pages, ${metric}\n`;
  return title + table(header, rows) + report.notes.map((n) => `note: ${n}\n`).join('');
}

type Prf = { readonly p: number; readonly r: number; readonly f: number };

/** The `--json` shape of `eval summarize`. */
export function summarizeJson(report: SummarizeReport, notes: readonly string[] = []): object {
  const systems: Record<string, Record<string, Prf>> = {};
  for (const [name, s] of Object.entries(report.systems)) {
    systems[name] = Object.fromEntries(ROUGE_TYPES.map((t) => [t, s.scores[t]]));
  }
  return {
    task: report.task,
    dataset: report.dataset,
    n: report.n,
    words: report.words,
    scorer: report.scorer,
    systems,
    notes,
  };
}

/** The `--json` shape of `eval extract`. */
export function extractJson(report: ExtractReport): object {
  const systems: Record<string, object> = {};
  for (const [name, s] of Object.entries(report.systems)) {
    systems[name] = {
      p: s.p,
      r: s.r,
      f: s.f,
      ...(s.byLanguage !== undefined ? { byLanguage: s.byLanguage } : {}),
      ...(s.stored === true ? { stored: true } : {}),
      failures: s.failures,
    };
  }
  return { task: report.task, dataset: report.dataset, n: report.n, systems, notes: report.notes };
}

/** The order checks: time order against shuffled arrivals (B3 P, R, F1 apart), and batch permutations. */
function orderTable(o: ClusterReport['order']): string {
  const row = (name: string, s: SplitScores): string[] => [
    name,
    dec(s.all.p),
    dec(s.all.r),
    dec(s.all.f),
    dec(s.dev.f),
    dec(s.heldOut.f),
  ];
  const rows = [
    row('time order', o.timeOrdered),
    ...o.shuffled.map((run) => row(`shuffled (seed ${String(run.seed)})`, run.scores)),
    ['largest drop', '', '', dec(o.drop), dec(o.dropDev), dec(o.dropHeldOut)],
  ];
  return (
    'lagebild stream, articles arriving in time order vs shuffled (same publication times; late by up to the whole stream):\n' +
    table(['arrival order', 'B3 P', 'B3 R', 'B3 F1', 'F1 dev', 'F1 held-out'], rows) +
    `batch (cluster --batch flow) under ${String(o.batch.permutations)} random permutations of the input: ` +
    `${String(o.batch.identical)} of ${String(o.batch.permutations)} identical to the data set's order\n`
  );
}

/** The dev gold stories the clusterer split (cluster-splits.ts), at most {@link SPLITS_SHOWN} of them. */
function splitsTable(r: ClusterReport): string {
  const splits = r.devSplits;
  if (splits.length === 0) return 'lagebild split dev gold stories: none\n';
  const missing = splits.reduce((sum, s) => sum + s.missing, 0);
  const rows = splits
    .slice(0, SPLITS_SHOWN)
    .map((s) => [
      s.gold,
      s.pieces.map((piece) => String(piece.length)).join('+'),
      s.missing.toFixed(2),
      dec(s.closest.score),
      `${String(s.members.filter(nearerOwn).length)}/${String(s.members.length)}`,
      `${s.closest.a} ~ ${s.closest.b}`,
    ]);
  const nearer = splits.reduce((sum, s) => sum + s.members.filter(nearerOwn).length, 0);
  const members = splits.reduce((sum, s) => sum + s.members.length, 0);
  return (
    `lagebild split dev gold stories: ${String(splits.length)}, missing ${missing.toFixed(1)} articles of recall ` +
    '(closest pair across the pieces: article to article, document frequencies of all accepted articles; join ' +
    'threshold 0.15; nearer own: its articles scoring higher with an article of another of its pieces than with ' +
    `any article of another gold story within the window, ${String(nearer)} of ${String(members)} in all)` +
    (splits.length > SPLITS_SHOWN ? `, the ${String(SPLITS_SHOWN)} costliest:\n` : ':\n') +
    table(['gold story', 'pieces', 'missing', 'closest', 'nearer own', 'pair'], rows)
  );
}

/** Split gold stories listed in the report (the costliest first). */
const SPLITS_SHOWN = 15;

export function clusterTable(r: ClusterReport): string {
  const rows = Object.entries(r.systems).map(([name, s]) => [
    name,
    dec(s.bcubed.p),
    dec(s.bcubed.r),
    dec(s.bcubed.f),
    dec(s.pairwise.f),
    `${String(s.predicted)}/${String(s.gold)}`,
    s.seconds.toFixed(1),
  ]);
  let out =
    `cluster ${r.dataset}: ${String(r.n)} articles${r.skipped > 0 ? ` (${String(r.skipped)} empty skipped)` : ''}` +
    `${r.refused > 0 ? `, ${String(r.refused)} empty after cleaning (refused, scored as singletons)` : ''}\n` +
    table(['system', 'B3 P', 'B3 R', 'B3 F1', 'pair F1', 'stories/gold', 'seconds'], rows);
  if (r.refused > 0) {
    const a = r.accepted;
    out +=
      `lagebild over the ${String(a.n)} accepted articles only: B3 P ${dec(a.bcubed.p)} R ${dec(a.bcubed.r)} ` +
      `F1 ${dec(a.bcubed.f)}, pair F1 ${dec(a.pairwise.f)}, stories ${String(a.predicted)}/${String(a.gold)}\n` +
      `best possible over all ${String(r.n)} with the refused ones alone (every accepted article in its gold story): ` +
      `B3 F1 ${dec(r.bound.bcubed.f)}\n`;
  }
  const w = r.worst;
  out +=
    w.share === 0
      ? 'lagebild worst story: none mixes gold stories\n'
      : `lagebild worst story: ${w.story} (${String(w.size)} articles, ${String(w.goldStories)} gold stories): ` +
        `${dec(w.share)} from other gold stories than ${w.gold}\n`;
  out +=
    'lagebild over the accepted articles, dev and held-out gold stories apart (held out: FNV-1a of the gold id ≡ 0 mod 5):\n' +
    table(
      ['part', 'articles', 'stories', 'B3 P', 'B3 R', 'B3 F1', 'worst story share'],
      (
        [
          ['dev', r.dev],
          ['held-out', r.heldOut],
        ] as const
      ).map(([name, s]) => [
        name,
        String(s.articles),
        String(s.stories),
        dec(s.p),
        dec(s.r),
        dec(s.f),
        dec(s.worst.share),
      ]),
    );
  out += orderTable(r.order);
  const sl = r.storylines;
  out +=
    `lagebild storylines (stories linked as a batch run links them): ${String(sl.links)} of ${String(sl.stories)} ` +
    `stories continue an earlier one, ${String(sl.falseLinks)} of those across gold stories (false)\n`;
  out += splitsTable(r);
  const mixes = Object.entries(r.byLanguageMix);
  if (mixes.length > 1) {
    out +=
      'lagebild by language mix of the gold story:\n' +
      table(
        ['mix', 'articles', 'stories', 'B3 P', 'B3 R', 'B3 F1'],
        mixes.map(([mix, m]) => [mix, String(m.articles), String(m.stories), dec(m.p), dec(m.r), dec(m.f)]),
      );
  }
  return out;
}

export function similarityTable(r: SimilarityReport): string {
  const figures = (f: PearsonFigures): string =>
    `${dec(f.pearson)} / ${dec(f.pearsonCalibrated)} / ${dec(f.spearman)}`;
  const cells = (s: SplitFigures): string[] => [
    String(s.n),
    figures(s),
    String(s.dev.n),
    figures(s.dev),
    String(s.heldOut.n),
    figures(s.heldOut),
  ];
  const rows = [['all', ...cells(r)], ...Object.entries(r.byPair).map(([pair, s]) => [pair, ...cells(s)])];
  return (
    `similarity ${r.dataset}: Pearson of lagebild's pair similarity s with -Overall, raw s / calibrated ` +
    `1 - e^(-s/0.15) (same order; join threshold 0.15 = 0.632 calibrated), and Spearman's rank correlation (the ` +
    `order alone, which the clusterer decides by); dev / held-out: FNV-1a of pair_id, held out when 0 mod 5\n` +
    table(
      [
        'pair',
        'n',
        'raw / cal. / rank',
        'dev n',
        'dev raw / cal. / rank',
        'held-out n',
        'held-out raw / cal. / rank',
      ],
      rows,
    )
  );
}
