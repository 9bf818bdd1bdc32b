/**
 * The project's own systems in the harness, loaded with dynamic imports so that the evaluation of the
 * baselines still runs (with a note) while a stage is unfinished or broken.
 *
 * - Summarisation: `briefFromDocuments` of `src/brief/` — the same code path as `lagebild brief` — on
 *   the cluster's documents as plain-text `SourceDocument`s; the brief's sentences, one per line.
 * - Extraction: `lagebild` is the HTML reader of ingest (`parseHtml`) followed by the cleaning stage (the text
 *   the summariser works on); `lagebild-ingest` is the HTML reader alone, to see what cleaning costs.
 */
import type { SourceDocument } from '../core/types.js';
import type { ExtractSystem } from './extract.js';
import type { SummarySystem } from './multinews.js';
import { quoteDocument, type QuoteSystem } from './quotes.js';

export interface Loaded<T> {
  readonly systems: Record<string, T>;
  /** Why a system is missing, for the report. */
  readonly notes: string[];
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** Plain-text documents of one cluster, as `lagebild brief` would read them. */
export function clusterDocuments(documents: readonly string[], language: string): SourceDocument[] {
  return documents.map((text, i) => ({
    id: `d${i + 1}`,
    format: 'text',
    text,
    meta: { language },
    removed: [],
  }));
}

export async function loadLagebildSummarizer(language = 'en'): Promise<Loaded<SummarySystem>> {
  try {
    const { briefFromDocuments } = await import('../brief/index.js');
    const system: SummarySystem = (cluster, words) =>
      briefFromDocuments(clusterDocuments(cluster.documents, language), { words, language })
        .sentences.map((s) => s.text.replace(/\s+/g, ' ').trim())
        .join('\n');
    return { systems: { lagebild: system }, notes: [] };
  } catch (error) {
    return {
      systems: {},
      notes: [`lagebild skipped: src/brief could not be loaded (${reason(error)})`],
    };
  }
}

export async function loadLagebildExtractors(): Promise<Loaded<ExtractSystem>> {
  let ingest: typeof import('../ingest/index.js');
  try {
    ingest = await import('../ingest/index.js');
  } catch (error) {
    return { systems: {}, notes: [`lagebild skipped: src/ingest could not be loaded (${reason(error)})`] };
  }
  const read = (html: string, url: string | undefined): { text: string; doc: SourceDocument } | null => {
    const parsed = ingest.parseHtml(html, url !== undefined ? { url } : {});
    if (ingest.isHtmlFailure(parsed)) return null;
    const doc: SourceDocument = {
      id: 'page',
      format: 'html',
      text: parsed.value.text,
      meta: parsed.value.meta,
      removed: [],
    };
    return { text: parsed.value.text, doc };
  };
  const systems: Record<string, ExtractSystem> = {};
  const notes: string[] = [];
  try {
    const clean = await import('../clean/index.js');
    const options = clean.normaliseCleanOptions();
    systems.lagebild = (html, url) => {
      const page = read(html, url);
      return page === null ? null : clean.cleanDocument(page.doc, options).text;
    };
  } catch (error) {
    notes.push(`lagebild (ingest + clean) skipped: src/clean could not be loaded (${reason(error)})`);
  }
  systems['lagebild-ingest'] = (html, url) => read(html, url)?.text ?? null;
  return { systems, notes };
}

/** The quotes of one German article fed alone through clean, analyse and the story analysis (as `brief` does), each place of a quote item once. */
export async function loadLagebildQuotes(): Promise<Loaded<QuoteSystem>> {
  try {
    const { analyseStory, prepareArticles } = await import('../brief/index.js');
    const system: QuoteSystem = (text, name) =>
      // Every place of a quote item (the same quote twice in the article is one item with two sources).
      analyseStory(prepareArticles([quoteDocument(text, name)], { language: 'de' })).quotes.flatMap((q) =>
        q.sources.map((s) => ({
          text: s.text,
          speaker: q.speaker,
          // The role as written where the text gives it ("der mexikanische Präsident"), as the gold marks it.
          ...(q.role !== undefined ? { role: q.roleSource?.text ?? q.role } : {}),
          ...(q.kind !== undefined ? { kind: q.kind } : {}),
        })),
      );
    return { systems: { lagebild: system }, notes: [] };
  } catch (error) {
    return { systems: {}, notes: [`lagebild skipped: src/brief could not be loaded (${reason(error)})`] };
  }
}
