/**
 * Runs `eval meta` on one Fundus-style folder: each page through the HTML reader of ingest (`parseHtml`, the
 * metadata the brief shows) and the cleaning stage (the main text the analysis reads). The outlet is what the
 * store keeps (src/flows/prepare.ts): the page's source name, else the host of its URL.
 */
import { basename, resolve } from 'node:path';
import type { SourceDocument } from '../core/types.js';
import { readPage } from './extract.js';
import { evaluateMeta, loadMetaPages, type MetaReport, type MetaSystem } from './meta.js';
import type { ProgressCallback } from './tasks.js';

export interface MetaTask {
  readonly data: string;
  readonly limit?: number;
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

/** The lagebild system of `eval meta`. */
export async function loadLagebildMeta(): Promise<MetaSystem> {
  const [ingest, clean] = await Promise.all([import('../ingest/index.js'), import('../clean/index.js')]);
  const options = clean.normaliseCleanOptions();
  return (html, url) => {
    const parsed = ingest.parseHtml(html, url !== undefined ? { url } : {});
    if (ingest.isHtmlFailure(parsed)) return null;
    const { meta } = parsed.value;
    const doc: SourceDocument = { id: 'page', format: 'html', text: parsed.value.text, meta, removed: [] };
    const outlet = meta.source?.trim() || hostOf(meta.url);
    return {
      ...(meta.title !== undefined ? { title: meta.title } : {}),
      ...(meta.author !== undefined ? { author: meta.author } : {}),
      ...(meta.published !== undefined ? { published: meta.published } : {}),
      ...(outlet !== undefined ? { outlet } : {}),
      text: clean.cleanDocument(doc, options).text,
    };
  };
}

/** Measures one folder; progress goes to the callback. Throws `DataError` on missing or bad data. */
export async function metaEval(task: MetaTask, onProgress?: ProgressCallback): Promise<MetaReport> {
  const pages = loadMetaPages(task.data);
  const system = await loadLagebildMeta();
  return evaluateMeta(pages, (page) => readPage(page.file), system, basename(resolve(task.data)), {
    ...(task.limit !== undefined ? { limit: task.limit } : {}),
    ...(onProgress !== undefined ? { onProgress } : {}),
  });
}
