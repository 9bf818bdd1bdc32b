/**
 * Story-clustering data sets as streams of articles with gold story labels:
 * - pooled Multi-News (`{id, documents, summary}` per line): every document of every cluster, gold = cluster id;
 * - MMDS2025 (`{articles, clusters}`): gold = event id, the catch-all cluster 166 scored as singletons.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { StreamArticle } from '../cluster/types.js';
import { DataError, readDataFile } from './errors.js';

export interface GoldArticle {
  readonly article: StreamArticle;
  readonly gold: string;
}

export interface ClusterDataset {
  readonly format: 'multinews' | 'mmds';
  readonly items: readonly GoldArticle[];
  /** Documents that could not be used (empty text): left out of the scores, counted here. */
  readonly skipped: number;
}

const HOUR = 3_600_000;
/** Synthetic stream start (any fixed instant: only differences matter). */
export const STREAM_START = Date.UTC(2020, 0, 1);
/** Multi-News: cluster k starts k × 6 h after the stream start … */
export const CLUSTER_SPACING_HOURS = 6;
/** … and its document j comes j × 7 h after that, so about seven stories are running at any time. */
export const DOCUMENT_SPACING_HOURS = 7;
/** MMDS2025 has no publication times: article i comes i minutes after the stream start. */
export const MMDS_SPACING_MINUTES = 1;
export const MMDS_CATCH_ALL = 166;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function parseLine(line: string, file: string, n: number): { id: string; documents: unknown[] } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new DataError(`${file}:${String(n)}: not valid JSON`);
  }
  const record = value as { id?: unknown; documents?: unknown };
  if (typeof record.id !== 'string' || !Array.isArray(record.documents))
    throw new DataError(`${file}:${String(n)}: expected {id, documents: [...]}`);
  return { id: record.id, documents: record.documents };
}

/** Pooled Multi-News with synthetic times (see the constants above; docs/clustering.md explains the scheme). */
export function loadMultiNewsStream(file: string): ClusterDataset {
  const items: GoldArticle[] = [];
  let skipped = 0;
  const lines = readDataFile(file).split('\n');
  let k = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const { id, documents } = parseLine(line, file, index + 1);
    const start = STREAM_START + k++ * CLUSTER_SPACING_HOURS * HOUR;
    documents.forEach((doc, j) => {
      if (typeof doc !== 'string' || doc.trim() === '') {
        skipped++;
        return;
      }
      const published = iso(start + j * DOCUMENT_SPACING_HOURS * HOUR);
      items.push({ article: { id: `${id}/${String(j)}`, text: doc, published, language: 'en' }, gold: id });
    });
  });
  items.sort((a, b) => (a.article.published ?? '').localeCompare(b.article.published ?? ''));
  return { format: 'multinews', items, skipped };
}

interface MmdsArticle {
  readonly ID: number | string;
  readonly title?: string;
  readonly sentences?: readonly { readonly content?: string }[];
}

/** MMDS2025 in file order, one minute apart; gold = event id, the catch-all as one singleton per article. */
export function loadMmds(file: string): ClusterDataset {
  let data: { articles?: unknown; clusters?: unknown };
  try {
    data = JSON.parse(readDataFile(file)) as typeof data;
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`${file}: not valid JSON`);
  }
  const { articles, clusters } = data;
  if (!Array.isArray(articles) || !Array.isArray(clusters) || articles.length !== clusters.length)
    throw new DataError(`${file}: expected {articles: [...], clusters: [...]} of the same length`);
  const items: GoldArticle[] = [];
  let skipped = 0;
  (articles as MmdsArticle[]).forEach((a, i) => {
    const text = (a.sentences ?? []).map((s) => s.content ?? '').join(' ');
    const title = a.title ?? '';
    if (text.trim() === '' && title.trim() === '') {
      skipped++;
      return;
    }
    const cluster = Number(clusters[i]);
    const gold = cluster === MMDS_CATCH_ALL ? `${String(cluster)}#${String(i)}` : String(cluster);
    const published = iso(STREAM_START + i * MMDS_SPACING_MINUTES * 60_000);
    items.push({ article: { id: `mmds-${String(a.ID)}`, title, text, published }, gold });
  });
  return { format: 'mmds', items, skipped };
}

/** The data file of a path: the file itself, or the one `.json`/`.jsonl` file of a folder (dev set first). */
function dataFile(path: string): string {
  if (!existsSync(path)) throw new DataError(`${path}: not found`);
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path)
    .filter((f) => /\.jsonl?$/u.test(f))
    .sort();
  const chosen = files.find((f) => f.includes('dev')) ?? files[0];
  if (chosen === undefined) throw new DataError(`${path}: no .json or .jsonl data file in it`);
  return join(path, chosen);
}

/** Loads a clustering data set, telling the format by its shape (`.jsonl`: Multi-News; `.json`: MMDS2025). */
export function loadClusterData(path: string): ClusterDataset & { readonly file: string } {
  const file = dataFile(path);
  return { file, ...(file.endsWith('.jsonl') ? loadMultiNewsStream(file) : loadMmds(file)) };
}
