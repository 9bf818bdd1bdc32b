/**
 * Optional: calibration on the real data beside the repository (`../shared/data`, read-only, never copied).
 * Skipped with a visible reason when the folder is absent (e.g. a fresh clone without it).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateExtraction } from '../../src/eval/extract.js';
import { baselineSystems, evaluateSummaries, loadClusters } from '../../src/eval/multinews.js';

const root = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const multinews = `${root}multinews/clusters.jsonl`;
const scrapinghub = `${root}extract-scrapinghub`;
const present = existsSync(multinews) && existsSync(scrapinghub);
const suite = present ? describe : describe.skip;
const title = present
  ? 'calibration on ../shared/data'
  : `calibration on ../shared/data — SKIPPED: ${root} not found (the data lives beside the repository)`;

suite(title, () => {
  it('lead at 250 words reproduces rouge-score 0.1.2 (42.52 / 14.08 / 20.15) within 0.1', () => {
    const clusters = loadClusters(multinews);
    expect(clusters).toHaveLength(98);
    const { lead } = baselineSystems();
    const s = evaluateSummaries(clusters, { lead: lead! }, 'multinews').systems.lead!.scores;
    expect(Math.abs(100 * s.rouge1.f - 42.52)).toBeLessThan(0.1);
    expect(Math.abs(100 * s.rouge2.f - 14.08)).toBeLessThan(0.1);
    expect(Math.abs(100 * s.rougeL.f - 20.15)).toBeLessThan(0.1);
  });

  it('re-scoring the stored outputs agrees with the published table (readability_js 0.947, trafilatura 0.958)', () => {
    const report = evaluateExtraction(scrapinghub, 'extract-scrapinghub', {});
    expect(Math.abs(report.systems['readability_js (stored)']!.f - 0.947)).toBeLessThan(0.001);
    expect(Math.abs(report.systems['trafilatura (stored)']!.f - 0.958)).toBeLessThan(0.001);
  });
});
