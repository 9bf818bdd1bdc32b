/** `lagebild eval cluster` and `lagebild eval similarity`: runners, tables and JSON. */
import type { CliIo } from '../cli/io.js';
import { loadClusterData } from './cluster-data.js';
import { evaluateClustering, type ClusterReport } from './cluster.js';
import { datasetNameOf } from './cluster-names.js';
import { progress, table } from './report.js';
import { evaluateSimilarity, loadPairs, type SimilarityReport } from './similarity.js';

const dec = (x: number): string => x.toFixed(3);

export function clusterEval(path: string, io: Pick<CliIo, 'stderr'>): ClusterReport {
  const data = loadClusterData(path);
  const bar = progress(io.stderr, 'eval cluster');
  try {
    return evaluateClustering(data, datasetNameOf(data.file), {}, (done, total) => bar.update(done, total));
  } finally {
    bar.stop();
  }
}

export function similarityEval(path: string): SimilarityReport {
  return evaluateSimilarity(loadPairs(path), datasetNameOf(path));
}

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
  const rows = [
    ['all', String(r.n), dec(r.pearson), dec(r.pearsonCalibrated)],
    ...Object.entries(r.byPair).map(([pair, s]) => [
      pair,
      String(s.n),
      dec(s.pearson),
      dec(s.pearsonCalibrated),
    ]),
  ];
  return (
    `similarity ${r.dataset}: Pearson of lagebild's pair similarity s with -Overall; calibrated: 1 - e^(-s/0.15), ` +
    `same order (join threshold 0.15 = 0.632 calibrated)\n` +
    table(['pair', 'n', 'Pearson', 'Pearson (calibrated)'], rows)
  );
}
