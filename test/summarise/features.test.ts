import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/core/types.js';
import { briefFromDocuments, prepareArticles } from '../../src/brief/index.js';
import { collectCandidates } from '../../src/summarise/candidates.js';
import { sentenceKinds } from '../../src/summarise/features.js';
import { articleRelevance } from '../../src/summarise/scoring.js';
import { rulesFor } from '../../src/lang/index.js';

const doc = (id: string, text: string): SourceDocument => ({
  id,
  format: 'text',
  text,
  meta: { language: 'en' },
  removed: [],
});

function kindsOf(text: string): ReturnType<typeof sentenceKinds> {
  const [article] = prepareArticles([doc('k', text)], { language: 'en' });
  const sentence = article?.sentences[0];
  if (!article || !sentence) throw new Error('no sentence');
  const readerWords = new Set(rulesFor('en').lines?.readerWords);
  return sentenceKinds(sentence, article.text.slice(sentence.start, sentence.end), readerWords);
}

describe('sentence kinds', () => {
  it('tells questions from statements', () => {
    expect(kindsOf('Will the council approve the new harbour budget next week?').question).toBe(true);
    expect(kindsOf('The council approved the new harbour budget on Tuesday evening.').question).toBe(false);
  });

  it('marks a bare quotation, not an attributed one', () => {
    expect(kindsOf('"We will rebuild every house that the flood destroyed this spring."').quote).toBe(true);
    expect(kindsOf('"We will rebuild every house," the mayor told reporters on Monday.').quote).toBe(false);
    expect(kindsOf('The mayor said the town would rebuild every house within a year.').quote).toBe(false);
  });

  it('marks lines that address the reader, unless the "you" is quoted', () => {
    expect(kindsOf('You can send your photos of the storm to our newsroom by email.').reader).toBe(true);
    // The reader's words are the language's (English tables); without them no line addresses the reader.
    const [article] = prepareArticles([doc('r', 'You can send your photos to our newsroom.')], {
      language: 'en',
    });
    const sentence = article?.sentences[0];
    if (!article || !sentence) throw new Error('no sentence');
    expect(sentenceKinds(sentence, article.text.slice(sentence.start, sentence.end)).reader).toBe(false);
    expect(kindsOf('"You will see the results soon," the minister told the crowd in Leeds.').reader).toBe(
      false,
    );
  });
});

const flood = [
  'Heavy flooding in the river town of Leeds destroyed forty houses on Monday, the mayor said.',
  'Rescue teams evacuated hundreds of residents from the flooded streets of Leeds overnight.',
  'The mayor promised that the town would rebuild every house the flood destroyed.',
].join(' ');
const flood2 = [
  'Forty houses were destroyed when the river flooded the town of Leeds on Monday.',
  'Hundreds of residents were evacuated by rescue teams, the mayor of Leeds said.',
].join(' ');
const furniture = [
  'You can add location information to your Tweets, such as your city or precise location.',
  'You always have the option to delete your Tweet location history at any time.',
].join(' ');

describe('article relevance', () => {
  it('rates an article that shares nothing with the rest of the story lowest', () => {
    const articles = prepareArticles([doc('a', flood), doc('b', flood2), doc('c', furniture)], {
      language: 'en',
    });
    const relevance = articleRelevance(collectCandidates(articles, 6), articles.length);
    expect(Math.max(...relevance)).toBe(1);
    expect(relevance[2]).toBeLessThan(0.2);
    expect(relevance[2]).toBeLessThan(Math.min(relevance[0] ?? 0, relevance[1] ?? 0));
  });

  it('is 1 for the single article of a one-article story', () => {
    const articles = prepareArticles([doc('a', flood)], { language: 'en' });
    expect(articleRelevance(collectCandidates(articles, 6), 1)).toEqual([1]);
  });

  it('keeps page furniture from an unrelated document out of a short brief', () => {
    const brief = briefFromDocuments([doc('a', flood), doc('b', flood2), doc('c', furniture)], {
      words: 40,
      language: 'en',
    });
    expect(brief.sentences.length).toBeGreaterThan(0);
    expect(brief.sentences.every((s) => s.article !== 'c')).toBe(true);
  });
});

describe('sentences that only say "no comment"', () => {
  const story = (tail: string, language: string): SourceDocument[] => [
    { ...doc('a', `${flood} ${tail}`), meta: { language } },
    { ...doc('b', flood2), meta: { language } },
  ];
  const sentencesOf = (docs: SourceDocument[], language: string): string[] => {
    const articles = prepareArticles(docs, { language });
    return collectCandidates(articles, 6).map((c) => {
      const a = articles[c.article];
      return a ? a.text.slice(c.sentence.start, c.sentence.end) : '';
    });
  };

  it('are no candidates, so no brief fills its last words with one', () => {
    const tail = 'The harbour authority did not respond to requests for comment.';
    expect(sentencesOf(story(tail, 'en'), 'en')).not.toContain(tail);
    expect(sentencesOf(story(tail, 'en'), 'en')).toContain(
      'Rescue teams evacuated hundreds of residents from the flooded streets of Leeds overnight.',
    );
    for (const words of [20, 30, 40, 60]) {
      const brief = briefFromDocuments(story(tail, 'en'), { words, language: 'en' });
      expect(brief.sentences.map((s) => s.text)).not.toContain(tail);
    }
  });

  it('keep a longer sentence that says more than that', () => {
    const tail =
      'The harbour authority declined to comment on the claims but said that the new flood wall would be finished by the end of next year.';
    expect(sentencesOf(story(tail, 'en'), 'en')).toContain(tail);
  });

  it('uses the tables of the article language (German)', () => {
    const de = [
      'Das Hochwasser hat am Montag in der Kleinstadt Leeds vierzig Häuser zerstört, sagte der Bürgermeister.',
      'Rettungskräfte brachten in der Nacht Hunderte Bewohner aus den überfluteten Straßen in Sicherheit.',
    ].join(' ');
    const tail = 'Ein Sprecher der Hafenbehörde wollte sich dazu nicht äußern.';
    const docs: SourceDocument[] = [{ ...doc('a', `${de} ${tail}`), meta: { language: 'de' } }];
    expect(sentencesOf(docs, 'de')).not.toContain(tail);
    expect(sentencesOf(docs, 'de')).toHaveLength(2);
  });
});
