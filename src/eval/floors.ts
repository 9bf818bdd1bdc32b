/**
 * The figures `npm run eval` checks (by default; `--no-check` only reports): on the data beside the repository, a
 * change must not fall below these floors. They were tests in `npm test` until issue 12 moved the evaluations out
 * of it (they read ~66 s of data). Reproduction figures (a published scorer's or a stored output's) are checked
 * within a tolerance; quality figures are floors — docs/evaluation.md and docs/clustering.md ("Measured"),
 * rounded down.
 */
import type { AllResult } from './all.js';
import { MAX_ORDER_DROP } from './cluster-order.js';

export interface Floor {
  /** What is checked, as the report prints it. */
  readonly name: string;
  /** The figure from the results; `undefined` when the data set was not evaluated (a note, not a failure). */
  readonly value: (result: AllResult) => number | undefined;
  readonly min?: number;
  /** Exclusive upper bound. */
  readonly below?: number;
  /** With `target`: the value must be within `tolerance` of it. */
  readonly target?: number;
  readonly tolerance?: number;
}

export interface FloorCheck {
  readonly floor: Floor;
  readonly value: number | undefined;
  /** `undefined` when the data set was not evaluated. */
  readonly ok: boolean | undefined;
}

const summarizeSet = (r: AllResult, words: number) =>
  r.summarize.find((s) => s.dataset === 'multinews/clusters.jsonl' && s.words === words);
const extractSet = (r: AllResult, name: string) => r.extract.find((x) => x.dataset === name);
const clusterSet = (r: AllResult, format: 'multinews' | 'mmds') => r.cluster.find((c) => c.format === format);
const semeval = (r: AllResult) => r.similarity[0];
const quotesDev = (r: AllResult) => r.quotes.find((q) => q.dataset === 'quotes-de')?.dev;
const datesDev = (r: AllResult) => r.dates.find((d) => d.dataset === 'timex-de')?.dev;
const entitiesDev = (r: AllResult) => r.entities.find((e) => e.dataset === 'ner-de')?.dev;
const metaDev = (r: AllResult) => r.meta.find((m) => m.dataset === 'extract-fundus-de')?.dev;

/** Every floor; a figure whose data set is absent is reported as not checked. */
export const FLOORS: readonly Floor[] = [
  {
    name: 'summarize multinews: 98 clusters',
    value: (r) => summarizeSet(r, 250)?.n,
    target: 98,
    tolerance: 0,
  },
  ...(['rouge1', 'rouge2', 'rougeL'] as const).map((type, i): Floor => ({
    name: `summarize multinews: lead at 250 words reproduces rouge-score 0.1.2 ${type} ×100`,
    value: (r) => {
      const f = summarizeSet(r, 250)?.systems['lead']?.scores[type].f;
      return f === undefined ? undefined : 100 * f;
    },
    target: [42.52, 14.08, 20.15][i]!,
    tolerance: 0.1,
  })),
  // Issue 14: the brief's summary at 250 words may not fall below the figures it had when the issue was filed.
  ...(['rouge1', 'rouge2'] as const).map((type, i): Floor => ({
    name: `summarize multinews: lagebild at 250 words ${type} ×100`,
    value: (r) => {
      const f = summarizeSet(r, 250)?.systems['lagebild']?.scores[type].f;
      return f === undefined ? undefined : 100 * f;
    },
    min: [45.45, 16.35][i]!,
  })),
  {
    name: 'extract scrapinghub: re-scored readability_js (stored) F1 = 0.947',
    value: (r) => extractSet(r, 'extract-scrapinghub')?.systems['readability_js (stored)']?.f,
    target: 0.947,
    tolerance: 0.001,
  },
  {
    name: 'extract scrapinghub: re-scored trafilatura (stored) F1 = 0.958',
    value: (r) => extractSet(r, 'extract-scrapinghub')?.systems['trafilatura (stored)']?.f,
    target: 0.958,
    tolerance: 0.001,
  },
  {
    name: 'cluster pooled Multi-News: 271 articles',
    value: (r) => clusterSet(r, 'multinews')?.n,
    target: 271,
    tolerance: 0,
  },
  {
    name: 'cluster pooled Multi-News: BCubed F1 over the accepted articles',
    value: (r) => clusterSet(r, 'multinews')?.accepted.bcubed.f,
    min: 0.95,
  },
  {
    name: 'cluster pooled Multi-News: BCubed F1 over all articles',
    value: (r) => clusterSet(r, 'multinews')?.systems['lagebild']?.bcubed.f,
    min: 0.88,
  },
  {
    name: 'cluster pooled Multi-News: BCubed precision over all articles',
    value: (r) => clusterSet(r, 'multinews')?.systems['lagebild']?.bcubed.p,
    min: 0.999,
  },
  {
    name: 'cluster pooled Multi-News: BCubed precision over the accepted articles',
    value: (r) => clusterSet(r, 'multinews')?.accepted.bcubed.p,
    min: 0.99,
  },
  {
    // A chained story shows as a large share from other gold stories (issue 13: 15 articles of 6 events in one).
    name: "cluster pooled Multi-News: worst story's share of articles from other gold stories",
    value: (r) => clusterSet(r, 'multinews')?.worst.share,
    below: 0.1,
  },
  {
    // Its gold stories are unrelated events: a storyline link across them is false (4 of 128 stories at issue 13)
    name: 'cluster pooled Multi-News: storyline links across gold stories, as a share of the stories',
    value: (r) => {
      const s = clusterSet(r, 'multinews')?.storylines;
      return s === undefined || s.stories === 0 ? undefined : s.falseLinks / s.stories;
    },
    below: 0.05,
  },
  {
    // What refusing the furniture-only documents costs any method: the bound stays below issue 5's 0.95.
    name: 'cluster pooled Multi-News: best possible BCubed F1 with the refused ones alone',
    value: (r) => clusterSet(r, 'multinews')?.bound.bcubed.f,
    below: 0.95,
  },
  {
    // 0.828 → 0.849 when words stopped counting across scripts (docs/cross-lingual-names.md); 0.849 → 0.872 with
    // titles meeting only within a language and the cohesion rule (docs/clustering.md, issue 13 stop 16)
    name: 'cluster MMDS2025 dev: BCubed F1',
    value: (r) => clusterSet(r, 'mmds')?.systems['lagebild']?.bcubed.f,
    min: 0.86,
  },
  ...(['multinews', 'mmds'] as const).flatMap((format): Floor[] => {
    const set = format === 'multinews' ? 'pooled Multi-News' : 'MMDS2025 dev';
    return [
      {
        name: `cluster ${set}: BCubed F1 drop from time order to shuffled arrivals (worst of 3 seeds)`,
        value: (r) => clusterSet(r, format)?.order.drop,
        target: 0,
        tolerance: MAX_ORDER_DROP,
      },
      {
        name: `cluster ${set}: batch permutations giving other stories than the data set's order`,
        value: (r) => {
          const batch = clusterSet(r, format)?.order.batch;
          return batch === undefined ? undefined : batch.permutations - batch.identical;
        },
        target: 0,
        tolerance: 0,
      },
    ];
  }),
  {
    name: 'similarity SemEval-2022 de-de: 170 pairs',
    value: (r) => semeval(r)?.byPair['de-de']?.n,
    target: 170,
    tolerance: 0,
  },
  {
    name: 'similarity SemEval-2022 de-de: Pearson (raw)',
    value: (r) => semeval(r)?.byPair['de-de']?.pearson,
    min: 0.72,
  },
  {
    name: 'similarity SemEval-2022 de-de: Pearson (calibrated)',
    value: (r) => semeval(r)?.byPair['de-de']?.pearsonCalibrated,
    min: 0.77,
  },
  {
    name: 'similarity SemEval-2022 de-de dev split (127 pairs): Pearson (raw)',
    value: (r) => semeval(r)?.byPair['de-de']?.dev.pearson,
    min: 0.76,
  },
  {
    name: 'similarity SemEval-2022 de-de held-out split (43 pairs): Pearson (raw)',
    value: (r) => semeval(r)?.byPair['de-de']?.heldOut.pearson,
    min: 0.57,
  },
  {
    // titles meet only titles of the same language (src/cluster/scoring.ts `titlesMeet`): 0.651 → 0.678
    name: 'similarity SemEval-2022 de-en: Pearson (raw)',
    value: (r) => semeval(r)?.byPair['de-en']?.pearson,
    min: 0.67,
  },
  {
    // across scripts the names decide (src/cluster/scoring.ts `namesDecide`): 0.700 → 0.749
    name: 'similarity SemEval-2022 zh-en: Pearson (raw)',
    value: (r) => semeval(r)?.byPair['zh-en']?.pearson,
    min: 0.74,
  },
  {
    name: 'similarity SemEval-2022 en-en: Pearson (raw)',
    value: (r) => semeval(r)?.byPair['en-en']?.pearson,
    min: 0.76,
  },
  {
    name: 'quotes quotes-de (dev split): direct quotes F1',
    value: (r) => quotesDev(r)?.f,
    min: 0.85,
  },
  {
    name: 'quotes quotes-de (dev split): speaker accuracy on found direct quotes',
    value: (r) => quotesDev(r)?.speakerAccuracy,
    min: 0.81,
  },
  {
    name: 'quotes quotes-de (dev split): gold indirect items surfaced with the right speaker',
    value: (r) => quotesDev(r)?.indirectRecall,
    min: 0.6,
  },
  {
    name: 'dates timex-de (dev split): strict extent F1',
    value: (r) => datesDev(r)?.strict.f,
    min: 0.86,
  },
  {
    name: 'dates timex-de (dev split): value accuracy over found expressions',
    value: (r) => datesDev(r)?.valueAccuracy,
    min: 0.87,
  },
  {
    name: 'entities ner-de (dev split): exact outer PER/LOC/ORG F1',
    value: (r) => entitiesDev(r)?.f,
    min: 0.74,
  },
  {
    name: 'entities ner-de (dev split): exact outer PER/LOC/ORG precision',
    value: (r) => entitiesDev(r)?.p,
    min: 0.91,
  },
  ...(
    [
      ['title exact', (m) => m.title, 0.9],
      ['author set exact', (m) => m.authors, 0.9],
      ['date to the day', (m) => m.date, 0.97],
      ['outlet named (not a domain)', (m) => m.outlet, 0.95],
      ['main text 4-gram F1', (m) => m.text.f, 0.98],
    ] as const satisfies readonly (readonly [
      string,
      (m: NonNullable<ReturnType<typeof metaDev>>) => number,
      number,
    ])[]
  ).map(([what, pick, min]): Floor => ({
    name: `meta extract-fundus-de (dev split): ${what}`,
    value: (r) => {
      const m = metaDev(r);
      return m === undefined ? undefined : pick(m);
    },
    min,
  })),
];

/** True when `value` meets the floor. */
export function meets(floor: Floor, value: number): boolean {
  if (floor.min !== undefined && !(value >= floor.min)) return false;
  if (floor.below !== undefined && !(value < floor.below)) return false;
  if (floor.target !== undefined && !(Math.abs(value - floor.target) <= (floor.tolerance ?? 0) + 1e-12))
    return false;
  return true;
}

/** Each floor against the results. */
export function checkFloors(result: AllResult, floors: readonly Floor[] = FLOORS): FloorCheck[] {
  return floors.map((floor) => {
    const value = floor.value(result);
    return { floor, value, ok: value === undefined ? undefined : meets(floor, value) };
  });
}

/** `≥ 0.95`, `< 0.95`, `= 42.52 ± 0.1`: the bound of a floor, as the report prints it. */
export function describeBound(floor: Floor): string {
  const parts: string[] = [];
  if (floor.min !== undefined) parts.push(`≥ ${String(floor.min)}`);
  if (floor.below !== undefined) parts.push(`< ${String(floor.below)}`);
  if (floor.target !== undefined)
    parts.push(
      floor.tolerance
        ? `= ${String(floor.target)} ± ${String(floor.tolerance)}`
        : `= ${String(floor.target)}`,
    );
  return parts.join(', ');
}
