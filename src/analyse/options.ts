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

const CODE = /^[a-z]{2,3}$/u;

/**
 * A language tag as the stages use it: lower-case primary subtag (`de-AT` → `de`, `EN` → `en`); `undefined` for
 * an empty tag, `und`, `auto` or anything that is no language code.
 */
export function normaliseLanguageTag(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/u, 1)[0] ?? '';
  return CODE.test(primary) && primary !== 'und' ? primary : undefined;
}

export function normaliseAnalyseOptions(options: AnalyseOptions = {}): NormalisedAnalyseOptions {
  const { language, languages = [] } = options;
  const forced = normaliseLanguageTag(language);
  if (language !== undefined && language.trim() !== '' && language !== 'auto' && forced === undefined)
    throw new RangeError(`language must be an ISO 639-1 code such as "de" or "en", got "${language}"`);
  const allowed: string[] = [];
  for (const tag of languages) {
    const code = normaliseLanguageTag(tag);
    if (code === undefined)
      throw new RangeError(`languages must be ISO 639-1 codes such as "de" or "en", got "${tag}"`);
    if (!allowed.includes(code)) allowed.push(code);
  }
  return { language: forced, languages: allowed };
}
