/**
 * Runs `eval entities` on one ner-de folder: the sentences, the system (each sentence alone as `lagebild brief`
 * reads a `.txt` file: clean, analyse, the story analysis) and the scorer.
 */
import type { SourceDocument } from '../core/types.js';
import {
  evaluateEntities,
  loadNerSentences,
  type EntitiesEvalOptions,
  type EntitiesReport,
  type EntitySystem,
  type NerType,
  type PredictedEntity,
} from './entities.js';
import type { ProgressCallback } from './tasks.js';

export interface EntitiesTask {
  readonly data: string;
  readonly limit?: number;
}

const TYPES: Readonly<Record<string, NerType>> = { person: 'PER', place: 'LOC', organization: 'ORG' };

/** A plain-text German document of one sentence. */
export function sentenceDocument(text: string, id: string): SourceDocument {
  return { id, format: 'text', text, meta: { language: 'de' }, removed: [] };
}

/**
 * Mentions found in the cleaned text, as offsets into the text given: the same offsets when cleaning kept the
 * text, else each mention's text searched in order (a mention not found there is left out).
 */
export function toInputOffsets(
  input: string,
  cleaned: string,
  mentions: readonly { start: number; end: number; text: string; type: NerType }[],
): PredictedEntity[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  if (cleaned === input) return sorted.map(({ start, end, type }) => ({ start, end, type }));
  const out: PredictedEntity[] = [];
  let from = 0;
  for (const m of sorted) {
    const at = input.indexOf(m.text, from);
    if (at < 0) continue;
    out.push({ start: at, end: at + m.text.length, type: m.type });
    from = at + m.text.length;
  }
  return out;
}

/** Lagebild's entities of one German sentence (loaded on use, as the other systems of the harness). */
export async function loadLagebildEntities(): Promise<EntitySystem> {
  const { analyseStory, prepareArticles } = await import('../brief/index.js');
  return (text, id) => {
    const articles = prepareArticles([sentenceDocument(text, id)], { language: 'de' });
    const cleaned = articles[0]?.text ?? '';
    const mentions = analyseStory(articles).entities.flatMap((e) =>
      e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: TYPES[e.type] ?? 'ORG' })),
    );
    return toInputOffsets(text, cleaned, mentions);
  };
}

/** Measures one ner-de folder (or TSV file). Throws `DataError` on missing or bad data. */
export async function entitiesEval(
  task: EntitiesTask,
  onProgress?: ProgressCallback,
  onSentence?: EntitiesEvalOptions['onSentence'],
): Promise<EntitiesReport> {
  const sentences = loadNerSentences(task.data);
  const system = await loadLagebildEntities();
  return evaluateEntities(sentences, system, 'ner-de', {
    ...(task.limit !== undefined ? { limit: task.limit } : {}),
    ...(onProgress !== undefined ? { onProgress } : {}),
    ...(onSentence !== undefined ? { onSentence } : {}),
  });
}
