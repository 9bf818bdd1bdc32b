/**
 * Lines that stand alone. An extractive brief takes sentences out of their articles, and a sentence that opens with
 * a pronoun ("Er schlug in Wladiwostok … vor") loses the person it stands for. This finds that person where the
 * article names them, so the renderings can show "Er [Wladimir Putin] schlug …" (`BriefSentence.refersTo`); the
 * line's own text and span stay as the article has them.
 *
 * The rule: a pronoun of one person (the language's `lines.personPronouns`) stands for the person the sentence right
 * before the line names, when it names exactly one (`personBefore`); with two or more, or none, the words do not say
 * who is meant, and the line gets no referent rather than a guess. A sentence before that names nobody but goes on
 * with the same pronoun passes on the person of the sentence before it. A line that is only a quotation gets its
 * speaker the same way: "«Ich übernehme …» [Sergio Llull]".
 */
import type { AnalysedArticle, BriefSentence, Sentence } from '../core/types.js';
import type { Entity, QuoteItem } from '../compare/index.js';
import { rulesFor, type LineRules } from '../lang/index.js';
import { openingWord, sentenceKinds } from '../summarise/features.js';

/** How many sentences before the line are searched for the person. */
export const REFERENT_SENTENCES = 2;

interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly name: string;
}

/** The person mentions of each article (by id), in text order. */
function personMentions(entities: readonly Entity[]): Map<string, PersonMention[]> {
  const out = new Map<string, PersonMention[]>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      let list = out.get(m.article);
      if (list === undefined) out.set(m.article, (list = []));
      list.push({ start: m.start, end: m.end, text: m.text, name: e.name });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/** The mentions that lie inside a sentence. */
const mentionsIn = (mentions: readonly PersonMention[], sentence: Sentence): PersonMention[] =>
  mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);

type Gender = 'male' | 'female';

/** The gender a word points back to by the language's `genderWords`, if any. */
function genderOf(word: string, rules: LineRules): Gender | undefined {
  if (rules.genderWords?.male.includes(word) === true) return 'male';
  if (rules.genderWords?.female.includes(word) === true) return 'female';
  return undefined;
}

/**
 * How the article refers back to `name`: the gender words after the person in each sentence that names them and
 * nobody else, and in the sentence after it when that one names nobody ("Struthers was arrested … . She was charged
 * …"). The gender with more such words, or undefined when there are none or as many of each.
 */
function genderIn(
  article: AnalysedArticle,
  name: string,
  mentions: readonly PersonMention[],
  rules: LineRules,
): Gender | undefined {
  const count = { male: 0, female: 0 };
  const tally = (sentence: Sentence | undefined, from: number): void => {
    for (const t of sentence?.tokens ?? []) {
      const g = t.start >= from ? genderOf(t.norm, rules) : undefined;
      if (g !== undefined) count[g]++;
    }
  };
  article.sentences.forEach((sentence, i) => {
    const named = mentionsIn(mentions, sentence);
    const first = named[0];
    if (first === undefined || first.name !== name || named.some((m) => m.name !== name)) return;
    tally(sentence, first.end);
    const next = article.sentences[i + 1];
    if (next !== undefined && mentionsIn(mentions, next).length === 0) tally(next, next.start);
  });
  return count.male > count.female ? 'male' : count.female > count.male ? 'female' : undefined;
}

/**
 * Whether a sentence that names nobody speaks of the same person by `pronoun` as its subject: it opens with it ("He
 * also starred …"), or it is a quotation followed by who said it ("„…“, sagte er."). A pronoun elsewhere ("where he
 * said he wanted …") may stand for someone the sentence calls otherwise ("the 23-year-old").
 */
function carriesOn(article: AnalysedArticle, sentence: Sentence, pronoun: string): boolean {
  const text = article.text.slice(sentence.start, sentence.end);
  if (openingWord(text) === pronoun) return true;
  return QUOTE_OPENING.test(text) && sentence.tokens.some((t) => t.norm === pronoun);
}

/** A sentence that opens with a quotation mark. */
const QUOTE_OPENING = /^["„“”«»‚‘']/u;

/**
 * The person the pronoun of sentence `index` of `article` stands for: the one person the sentence before it names;
 * when that sentence names nobody but uses the same pronoun itself ("„…“, sagte er."; "He also starred …"), the
 * person that one stands for, `depth` sentences back at most. Undefined when the sentence before names two people or
 * more (the words do not say which is meant), names nobody without the pronoun, or the person is known by the other
 * gender in the article.
 */
function personBefore(
  article: AnalysedArticle,
  index: number,
  pronoun: string,
  rules: LineRules,
  mentions: readonly PersonMention[],
  depth = REFERENT_SENTENCES,
): BriefSentence['refersTo'] {
  const before = article.sentences[index - 1];
  if (before === undefined || depth === 0) return undefined;
  const named = mentionsIn(mentions, before);
  const first = named[0];
  if (first === undefined)
    return carriesOn(article, before, pronoun)
      ? personBefore(article, index - 1, pronoun, rules, mentions, depth - 1)
      : undefined;
  if (named.some((m) => m.name !== first.name)) return undefined;
  // "She" is not given a man the article calls "he" (nor the other way round).
  const wanted = genderOf(pronoun, rules);
  const known = wanted !== undefined ? genderIn(article, first.name, mentions, rules) : undefined;
  if (known !== undefined && known !== wanted) return undefined;
  return { article: article.id, start: first.start, end: first.end, text: first.text, name: first.name };
}

/**
 * The speaker of a line that is only a quotation ("«Ich übernehme die Verantwortung …»", its speaker named in the
 * sentence before): the speaker the story's quotes give the quotation at this place, where the article names them
 * — the last time before the line, else the first after it. Undefined when no quote there has a speaker, or the
 * speaker is not a person the article names (a role alone: "der Kapitän").
 */
function speakerOf(
  line: BriefSentence,
  quotes: readonly QuoteItem[],
  mentions: readonly PersonMention[],
): BriefSentence['refersTo'] {
  let speaker: string | undefined;
  for (const q of quotes) {
    const at = q.sources.find((s) => s.article === line.article && s.start < line.end && s.end > line.start);
    const who = at === undefined ? null : (at.speaker ?? q.speaker);
    if (who !== null) {
      speaker = who;
      break;
    }
  }
  if (speaker === undefined) return undefined;
  const named = mentions.filter((m) => m.name === speaker);
  // A line that names its speaker itself ("„Heureka!“, sagte Thomas. „…“") needs no insertion.
  if (named.some((m) => m.start >= line.start && m.end <= line.end)) return undefined;
  const mention = named.filter((m) => m.end <= line.start).at(-1) ?? named.find((m) => m.start >= line.end);
  return mention === undefined
    ? undefined
    : {
        article: line.article,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        name: mention.name,
      };
}

/**
 * The brief's lines, each that opens with a pronoun of one person given the person it stands for, and each that is
 * only a quotation given its speaker (`quotes`: the story's, as the compare stage attributed them).
 */
export function withReferents(
  lines: readonly BriefSentence[],
  articles: readonly AnalysedArticle[],
  entities: readonly Entity[],
  quotes: readonly QuoteItem[] = [],
): BriefSentence[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  let mentions: Map<string, PersonMention[]> | undefined;
  return lines.map((line) => {
    const article = byId.get(line.article);
    if (article === undefined) return line;
    const index = article.sentences.findIndex((s) => s.start === line.start);
    const sentence = article.sentences[index];
    if (sentence === undefined) return line;
    const rules = rulesFor(article.language).lines;
    const pronoun = openingWord(line.text);
    const pronounLine =
      rules !== undefined && pronoun !== undefined && rules.personPronouns.includes(pronoun);
    const quoteLine = !pronounLine && sentenceKinds(sentence, line.text).quote;
    if (!pronounLine && !quoteLine) return line;
    // Most briefs have no such line: the mentions are gathered only for the first one.
    mentions ??= personMentions(entities);
    const inArticle = mentions.get(article.id) ?? [];
    const refersTo =
      pronounLine && rules !== undefined && pronoun !== undefined
        ? personBefore(article, index, pronoun, rules, inArticle)
        : speakerOf(line, quotes, inArticle);
    return refersTo === undefined ? line : { ...line, refersTo };
  });
}
