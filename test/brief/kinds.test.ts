import { describe, expect, it } from 'vitest';
import { briefFromDocuments, decideKind, inferPublished, storyEventDate } from '../../src/brief/index.js';
import type { KindCues, TimelineEvent } from '../../src/compare/index.js';
import type { DocumentMeta, SourceDocument } from '../../src/core/types.js';
import { renderHtml, renderMarkdown } from '../../src/render/index.js';

const doc = (id: string, text: string, meta: DocumentMeta = {}): SourceDocument => ({
  id,
  format: 'text',
  text,
  meta,
  removed: [],
});

const kindsOf = (docs: readonly SourceDocument[], language = 'en'): Record<string, string> =>
  Object.fromEntries(briefFromDocuments(docs, { language }).articles.map((a) => [a.id, a.kind]));

const REPORT = [
  'Kim Jong Un and Vladimir Putin met on Thursday in Vladivostok for their first summit.',
  'The talks ended without a joint statement, the Kremlin said afterwards.',
  'Putin said North Korea needed international security guarantees before it could disarm.',
  'The two leaders spoke for almost two hours, far longer than the fifty minutes that had been planned.',
].join(' ');

const PREVIEW = [
  'Kim Jong Un will meet Vladimir Putin on Thursday in Vladivostok for their first summit.',
  'The talks are expected to focus on sanctions and on the stalled nuclear negotiations with Washington.',
  'A joint statement is not planned, a Kremlin adviser said, and the leaders will hold a banquet afterwards.',
  'Kim is expected to ask for economic help and for relief from the sanctions of the United Nations.',
].join(' ');

describe('article kinds from the language tables (English)', () => {
  it('reads a marker in the title or the first block: opinion, analysis, interview, press release', () => {
    const body = 'The summit in Vladivostok ended on Thursday without an agreement on sanctions or on trade.';
    const kinds = kindsOf([
      doc('op', body, { title: 'Opinion: The summit changed nothing for North Korea' }),
      doc('an', body, { title: 'Analysis: What the Vladivostok summit means for sanctions' }),
      doc('iv', `Interview: a former diplomat on the summit.\n\n${body}`),
      doc('pr', `FOR IMMEDIATE RELEASE\n\n${body}`),
      doc('plain', body, { title: 'Kim and Putin end their summit without an agreement' }),
    ]);
    expect(kinds).toEqual({
      op: 'opinion',
      an: 'analysis',
      iv: 'interview',
      pr: 'press-release',
      plain: 'report',
    });
  });

  it('does not take a marker from the middle of a report', () => {
    const text = [
      'Kim and Putin met on Thursday in Vladivostok, the Kremlin said.',
      'The talks lasted almost two hours and ended without a statement.',
      'Officials said the trade between the two countries was small.',
      'Putin left for Beijing after the talks had ended.',
      'Opinion: readers can comment below.',
    ].join('\n\n');
    expect(kindsOf([doc('r', text)])).toEqual({ r: 'report' });
  });

  it('calls a page of time-stamped entries a live blog', () => {
    const text = [
      '14:32 The two leaders arrive at the university campus on Russky Island.',
      '14:50 Putin greets Kim and thanks him for coming to Vladivostok.',
      '15:05 The talks between the two delegations begin behind closed doors.',
    ].join('\n\n');
    expect(kindsOf([doc('live', text)])).toEqual({ live: 'live' });
  });

  it('calls first-person evaluative writing an opinion piece', () => {
    const text = [
      'I think the summit in Vladivostok was a failure for North Korea.',
      'In my view, Putin gained far more from the meeting than his guest did.',
      'I believe the sanctions will stay in place for years.',
      'The talks ended without a statement on Thursday.',
    ].join(' ');
    expect(kindsOf([doc('op', text)])).toEqual({ op: 'opinion' });
  });

  it('decides preview or report by the date against the event date, and by the tense of the event day', () => {
    const brief = briefFromDocuments(
      [
        doc('before', PREVIEW, { published: '2019-04-24', title: 'Kim to meet Putin on Thursday' }),
        doc('after', REPORT, {
          published: '2019-04-25',
          title: 'Kim and Putin end summit without a statement',
        }),
        doc('undated', 'Kim and Putin meet on Thursday on Russky Island. The two leaders hold talks there.'),
      ],
      { language: 'en', words: 200 },
    );
    const byId = Object.fromEntries(brief.articles.map((a) => [a.id, a]));
    expect(byId['before']?.kind).toBe('preview');
    expect(byId['after']?.kind).toBe('report');
    // Present tense for the event day ahead: written before it; the day before the event, inferred.
    expect(byId['undated']).toMatchObject({
      kind: 'preview',
      published: '2019-04-24',
      publishedInferred: true,
    });
    expect(byId['after']?.publishedInferred).toBeUndefined();
    // Outcome first: a report's line leads, a report's title is the headline.
    expect(brief.sentences[0]?.article).toBe('after');
    expect(brief.headline).toBe('Kim and Putin end summit without a statement');
    // Lines of previews are labelled and come after the report's.
    const kinds = brief.sentences.map((s) => byId[s.article]?.kind);
    for (const [i, s] of brief.sentences.entries()) {
      expect(s.label, s.text).toBe(kinds[i] === 'preview' ? 'preview' : undefined);
      if (s.label === 'preview') expect(kinds.slice(i).every((k) => k === 'preview')).toBe(true);
      // A preview's line that the report carries is left to the report.
      if (s.label === 'preview') expect(s.support).not.toContain('after');
    }
    const md = renderMarkdown(brief);
    expect(md).toContain('3. **unknown outlet**, 2019-04-24 (inferred), preview');
    expect(md).toMatch(
      /^- Kim Jong Un and Vladimir Putin met on Thursday.*_\(unknown outlet, 2019-04-25, report\)_$/mu,
    );
    if (brief.sentences.some((s) => s.label === 'preview')) expect(md).toContain('- **expected:** ');
    const html = renderHtml(brief);
    expect(html).toContain('<span class="source">(unknown outlet, 2019-04-25, report)</span>');
  });
});

describe('article kinds from the language tables (German)', () => {
  it('reads "POL-", "Ein Kommentar." and "Kommentar von" in the head', () => {
    const body =
      'Der Gipfel in Wladiwostok endete am Donnerstag ohne eine gemeinsame Erklärung der beiden Seiten.';
    const kinds = kindsOf(
      [
        doc('pol', `POL-K: 190425-1-K Unfall auf der Autobahn A3\n\n${body}`),
        doc('kom', `Nur ein taktischer Erfolg. Ein Kommentar.\n\n${body}`),
        doc('von', `Kommentar von Benedikt Voigt\n\n${body}`),
        doc('ber', body),
      ],
      'de',
    );
    expect(kinds).toEqual({ pol: 'press-release', kom: 'opinion', von: 'opinion', ber: 'report' });
  });
});

const cues = (over: Partial<KindCues>): KindCues => ({
  liveStamps: 0,
  sentences: 10,
  future: 0,
  past: 0,
  firstPerson: 0,
  days: [],
  ...over,
});

const event = (article: string, date: string): TimelineEvent => ({
  article,
  date,
  precision: 'day',
  inferred: false,
  text: date,
  start: 0,
  end: 1,
  sentence: { start: 0, end: 1 },
});

describe('the story-relative decision', () => {
  it('takes the event date from the day most articles name, two at least', () => {
    expect(
      storyEventDate([event('a', '2019-04-25'), event('b', '2019-04-25'), event('b', '2019-04-24')]),
    ).toBe('2019-04-25');
    // A tie goes to the earlier day.
    expect(
      storyEventDate([
        event('a', '2019-04-26'),
        event('b', '2019-04-26'),
        event('a', '2019-04-25'),
        event('c', '2019-04-25'),
      ]),
    ).toBe('2019-04-25');
    // One article naming a day in a story of several is not the story's event date.
    expect(storyEventDate([event('a', '2019-04-25'), event('a', '2019-04-26')], 3)).toBeUndefined();
    expect(storyEventDate([event('a', '2019-04-25')], 1)).toBe('2019-04-25');
    expect(storyEventDate([])).toBeUndefined();
  });

  it('puts a marker first, then the date, then the tense of the event day', () => {
    const day = '2019-04-25';
    expect(decideKind(cues({ marker: 'opinion' }), '2019-04-20', day)).toBe('opinion');
    expect(decideKind(cues({ liveStamps: 3 }), undefined, day)).toBe('live');
    expect(decideKind(cues({}), '2019-04-24', day)).toBe('preview');
    expect(decideKind(cues({}), '2019-04-26', day)).toBe('report');
    expect(decideKind(cues({ days: [{ date: day, tense: 'future' }] }), undefined, day)).toBe('preview');
    expect(decideKind(cues({ days: [{ date: day, tense: 'past' }] }), '2019-04', day)).toBe('report');
    expect(decideKind(cues({ future: 5, past: 1 }), undefined, undefined)).toBe('preview');
    expect(decideKind(cues({ future: 5, past: 3 }), undefined, undefined)).toBe('report');
    expect(decideKind(cues({ firstPerson: 3 }), '2019-04-26', day)).toBe('opinion');
    expect(decideKind(cues({ sentences: 0, marker: 'opinion' }), undefined, day)).toBe('other');
  });

  it("does not take the present tense of the article's own day for a day ahead", () => {
    const day = '2026-01-06';
    const today = cues({
      sentences: 60,
      future: 10,
      past: 12,
      days: [
        { date: day, tense: 'present' },
        { date: day, tense: 'present' },
        { date: day, tense: 'past' },
      ],
    });
    // Written on the event day, in the present: what happens as it is written.
    expect(decideKind(today, '2026-01-06T14:59:00+01:00', day)).toBe('report');
    // Written the day before, the same words announce it.
    expect(decideKind(today, '2026-01-05', day)).toBe('preview');
    // Undated, the tense of the event day still decides.
    expect(decideKind(today, undefined, day)).toBe('preview');
  });

  it('takes a text for a preview by its future sentences only when they are a fifth of it', () => {
    expect(decideKind(cues({ sentences: 18, future: 3, past: 1 }), undefined, undefined)).toBe('report');
    expect(decideKind(cues({ sentences: 27, future: 6, past: 1 }), undefined, undefined)).toBe('preview');
  });

  it('infers a publication day only when the text names the event day and the own date allows it', () => {
    const day = '2019-04-25';
    const named = cues({
      days: [
        { date: day, tense: 'present' },
        { date: '2019-04-24', tense: 'past' },
      ],
    });
    expect(inferPublished(named, 'preview', '2019-04', day)).toBe('2019-04-24');
    expect(inferPublished(cues({ days: [{ date: day, tense: 'present' }] }), 'preview', undefined, day)).toBe(
      '2019-04-24',
    );
    expect(inferPublished(cues({ days: [{ date: day, tense: 'past' }] }), 'report', undefined, day)).toBe(
      day,
    );
    expect(inferPublished(named, 'preview', '2019-05', day)).toBeUndefined();
    expect(inferPublished(named, 'preview', '2019-04-23', day)).toBeUndefined();
    expect(
      inferPublished(cues({ days: [{ date: '2019-04-24', tense: 'past' }] }), 'report', undefined, day),
    ).toBe(undefined);
    expect(inferPublished(named, 'report', undefined, undefined)).toBeUndefined();
  });
});
