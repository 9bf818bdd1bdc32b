/** Pure helpers for document metadata shared by the readers. */
import type { DocumentMeta } from '../core/types.js';
import { normaliseDate } from './dates.js';

/** Metadata while it is being gathered: any field may be missing or explicitly undefined. */
export type MetaDraft = { -readonly [K in keyof DocumentMeta]?: string | undefined };

const META_KEYS = ['title', 'url', 'source', 'author', 'published', 'language'] as const;

/** Whitespace collapsed and trimmed; undefined when nothing is left. */
export function cleanMetaText(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const clean = value.replace(/\s+/gu, ' ').trim();
  return clean === '' ? undefined : clean;
}

/** `de-DE`, `de_DE`, `DE` → `de`; undefined when it is not a language tag. */
export function normaliseLanguage(value: string | null | undefined): string | undefined {
  const primary = cleanMetaText(value)?.toLowerCase().split(/[-_]/u)[0];
  return primary !== undefined && /^[a-z]{2,3}$/u.test(primary) ? primary : undefined;
}

/** A draft → `DocumentMeta` without undefined-valued keys (the type does not allow them). */
export function compactMeta(draft: MetaDraft): DocumentMeta {
  const meta: MetaDraft = {};
  for (const key of META_KEYS) {
    const value = draft[key];
    if (value !== undefined && value !== '') meta[key] = value;
  }
  return meta as DocumentMeta;
}

/** Fields of `preferred` win; the rest come from `fallback`. */
export function mergeMeta(preferred: DocumentMeta, fallback: DocumentMeta): DocumentMeta {
  return compactMeta({ ...fallback, ...preferred });
}

/** Normalises the free-text fields a reader found: trimmed text, ISO date, language code. */
export function normaliseDraft(draft: MetaDraft): DocumentMeta {
  const published = cleanMetaText(draft.published);
  return compactMeta({
    title: cleanMetaText(draft.title),
    url: cleanMetaText(draft.url),
    source: cleanMetaText(draft.source),
    author: cleanMetaText(draft.author),
    published: published === undefined ? undefined : normaliseDate(published),
    language: normaliseLanguage(draft.language),
  });
}
