/**
 * "What is new" in a story (issue 16): the articles added since a time and the brief lines that are new or changed
 * relative to an earlier brief version. Lines are matched one to one (`matchLines`):
 *
 * 1. the same source span (article, start, end), or the same text (spaces and case aside): the same line;
 * 2. else the two lines share at least 60 % of the shorter line's words (content words as stems, stopwords aside;
 *    all words when a line has no content word), the best-sharing pairs first: the line changed, and the earlier
 *    text is given;
 * 3. else the line is new.
 *
 * Earlier lines left unmatched are dropped lines; "what is new" does not list them.
 */
import { tokenize } from '../analyse/index.js';
import type { BriefSentence } from '../core/types.js';
import type {
  ChangedArticle,
  ChangedLine,
  StoryChanges,
  StoryChangesData,
  StoryOutletRow,
} from '../store/types.js';

/** Share of the shorter line's words that two lines must share to be one line changed. */
export const CHANGED_OVERLAP = 0.6;

export type LineMatch =
  | { readonly status: 'same'; readonly previous: BriefSentence }
  | { readonly status: 'changed'; readonly previous: BriefSentence; readonly overlap: number }
  | { readonly status: 'new' };

/** The line's words as a set: stems of its content words, else of all its words. */
export function lineWords(text: string, language: string): ReadonlySet<string> {
  const tokens = tokenize(text, 0, text.length, language);
  const content = tokens.filter((t) => !t.stop);
  return new Set((content.length > 0 ? content : tokens).map((t) => t.stem));
}

/** |a ∩ b| / min(|a|, |b|); 0 when either is empty. */
export function overlapOfShorter(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size;
}

const sameSpan = (a: BriefSentence, b: BriefSentence): boolean =>
  a.article === b.article && a.start === b.start && a.end === b.end;
const plain = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** For each current line (in order): the same as, changed from, or not in the earlier lines. */
export function matchLines(
  previous: readonly BriefSentence[],
  current: readonly BriefSentence[],
  language: string,
): LineMatch[] {
  const out: (LineMatch | undefined)[] = current.map(() => undefined);
  const used = new Set<number>();
  const claim = (i: number, same: (p: BriefSentence) => boolean): void => {
    const j = previous.findIndex((p, k) => !used.has(k) && same(p));
    const found = previous[j];
    if (found === undefined) return;
    used.add(j);
    out[i] = { status: 'same', previous: found };
  };
  current.forEach((line, i) => claim(i, (p) => sameSpan(p, line)));
  current.forEach((line, i) => {
    if (out[i] === undefined) claim(i, (p) => plain(p.text) === plain(line.text));
  });
  const words = (line: BriefSentence): ReadonlySet<string> => lineWords(line.text, language);
  const before = previous.map(words);
  const pairs: { i: number; j: number; overlap: number }[] = [];
  current.forEach((line, i) => {
    if (out[i] !== undefined) return;
    const now = words(line);
    before.forEach((earlier, j) => {
      if (used.has(j)) return;
      const overlap = overlapOfShorter(now, earlier);
      if (overlap >= CHANGED_OVERLAP) pairs.push({ i, j, overlap });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.i - b.i || a.j - b.j);
  for (const { i, j, overlap } of pairs) {
    const earlier = previous[j];
    if (out[i] !== undefined || used.has(j) || earlier === undefined) continue;
    used.add(j);
    out[i] = { status: 'changed', previous: earlier, overlap };
  }
  return out.map((m) => m ?? { status: 'new' });
}

/** The publishers of some articles, each once (as first named), in their order; unknown outlets left out. */
export function distinctPublishers(rows: Iterable<StoryOutletRow | undefined>): string[] {
  const names = new Map<string, string>();
  for (const row of rows)
    if (row !== undefined && row.publisher !== null && row.outlet !== null && !names.has(row.publisher))
      names.set(row.publisher, row.outlet);
  return [...names.values()];
}

/** The publishers of a line's article and of its support, distinct, in that order; unknown outlets left out. */
function lineSources(line: BriefSentence, outlets: ReadonlyMap<string, StoryOutletRow>): string[] {
  return distinctPublishers([line.article, ...line.support].map((id) => outlets.get(id)));
}

/** The new and changed lines of the current brief relative to the earlier one (all lines when there is none). */
export function changedLines(data: StoryChangesData, outlets: readonly StoryOutletRow[]): ChangedLine[] {
  const current = data.current?.brief;
  if (current === undefined) return [];
  const byId = new Map(outlets.map((o) => [o.id, o]));
  const matches = matchLines(data.previous?.brief.sentences ?? [], current.sentences, current.language);
  return current.sentences.flatMap((line, i): ChangedLine[] => {
    const match = matches[i] ?? { status: 'new' };
    if (match.status === 'same') return [];
    return [
      {
        text: line.text,
        article: line.article,
        start: line.start,
        end: line.end,
        support: line.support,
        sources: lineSources(line, byId),
        status: match.status,
        previous: match.status === 'changed' ? match.previous.text : null,
      },
    ];
  });
}

/** The added articles with their kind in the current brief. */
export function changedArticles(data: StoryChangesData): ChangedArticle[] {
  const kinds = new Map((data.current?.brief.articles ?? []).map((a) => [a.id, a.kind]));
  return data.added.map((a) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    kind: kinds.get(a.id) ?? null,
    added_at: a.addedAt,
  }));
}

/** The answer of `changes` for a story. */
export function storyChanges(
  data: StoryChangesData,
  outlets: readonly StoryOutletRow[],
  since: string,
  asOf: string,
): StoryChanges {
  return {
    story: data.story,
    since,
    as_of: asOf,
    current_version: data.current?.version ?? null,
    previous_version: data.previous?.version ?? null,
    articles: changedArticles(data),
    lines: changedLines(data, outlets),
  };
}
