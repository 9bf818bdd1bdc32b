import { normaliseLanguageTag } from '../lang/index.js';

/** Analysis options as a user gives them. */
export interface AnalyseOptions {
  /** Force the language of every article (ISO 639-1, e.g. `de`) instead of metadata or detection. */
  readonly language?: string;
  /** Languages detection may answer (ISO 639-1); anything else becomes `und`. Default: any. */
  readonly languages?: readonly string[];
}

/** What the analysis stage works with. */
export interface NormalisedAnalyseOptions {
  /** Forced language, lower-case ISO 639-1; `undefined`: use metadata, else detect. */
  readonly language: string | undefined;
  /** Allowed languages for detection; empty: any. */
  readonly languages: readonly string[];
}

export { normaliseLanguageTag };

export function normaliseAnalyseOptions(options: AnalyseOptions = {}): NormalisedAnalyseOptions {
  const { language, languages = [] } = options;
  const forced = normaliseLanguageTag(language);
  if (language !== undefined && language.trim() !== '' && language !== 'auto' && forced === undefined)
    throw new RangeError(`language must be a language tag such as "de", "en" or "de-AT", got "${language}"`);
  const allowed: string[] = [];
  for (const tag of languages) {
    const code = normaliseLanguageTag(tag);
    if (code === undefined)
      throw new RangeError(`languages must be language tags such as "de", "en" or "de-AT", got "${tag}"`);
    if (!allowed.includes(code)) allowed.push(code);
  }
  return { language: forced, languages: allowed };
}
