/**
 * Language tags as every entrance receives them (a `--lang` option, an article's `language` field, `<html lang>`,
 * a feed's `<language>`, a `?lang=` filter) and the one normal form the stages work with: the lower-case ISO 639-1
 * code of the primary subtag (`de-AT` → `de`, `DE` → `de`, `zh-Hant` → `zh`, `pt_BR` → `pt`).
 */

/**
 * The ISO 639-1 codes (two letters), and the three withdrawn ones BCP 47 still meets (`iw`, `in`, `ji`, mapped to
 * `he`, `id`, `yi`). A code here is a real language: one without tables of its own gets the English punctuation and
 * compare tables (see `rulesFor`), and its stemmer and stopwords where the libraries have them.
 */
const ISO_639_1 = `
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en
eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv
ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne
ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st
su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
`;

export const LANGUAGE_CODES: ReadonlySet<string> = new Set(ISO_639_1.trim().split(/\s+/u));

const WITHDRAWN: Readonly<Record<string, string>> = { iw: 'he', in: 'id', ji: 'yi' };

/**
 * A well-formed tag: a primary subtag of two letters, then subtags of one to eight letters or digits, joined by
 * `-` or `_` (`de`, `de-AT`, `zh-Hant-TW`, `de_DE` as in `og:locale`).
 */
const TAG = /^([a-z]{2})(?:[-_][a-z0-9]{1,8})*$/iu;

/**
 * The normal form of a language tag: the lower-case ISO 639-1 code of its primary subtag (`de-AT` → `de`,
 * `EN` → `en`, `zh-Hant` → `zh`); `undefined` for an absent or empty tag, `und`, `auto`, a malformed tag (`xx-!!`,
 * `123`) or a primary subtag that is no ISO 639-1 code (`xx`, three-letter codes such as `deu`). This is the one
 * function every entrance uses.
 */
export function normaliseLanguageTag(tag: string | null | undefined): string | undefined {
  if (tag === undefined || tag === null) return undefined;
  const m = TAG.exec(tag.trim());
  if (!m) return undefined;
  const primary = (m[1] ?? '').toLowerCase();
  const code = WITHDRAWN[primary] ?? primary;
  return LANGUAGE_CODES.has(code) ? code : undefined;
}

/** Why a tag given by a user is refused (for a usage error), or `undefined` when it names a language. */
export function languageTagProblem(tag: string): string | undefined {
  if (normaliseLanguageTag(tag) !== undefined) return undefined;
  return TAG.test(tag.trim())
    ? `"${tag}" is no ISO 639-1 language code (such as de, en or fr)`
    : `"${tag}" is no language tag (such as de, en, de-AT)`;
}
