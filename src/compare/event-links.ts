import { keptPer } from '../core/kept.js';
import type { EvidenceLink } from './coverage.js';
import type { Span } from '../core/types.js';
import type { Entity, TimelineEvent } from './types.js';

/** Each article's person mentions (by article id), each with the place of its entity among `entities`. */
function personMentions(
  entities: readonly Entity[],
): Map<string, { entity: number; start: number; end: number }[]> {
  const byArticle = new Map<string, { entity: number; start: number; end: number }[]>();
  entities.forEach((e, entity) => {
    if (e.type !== 'person') return;
    for (const m of e.mentions) {
      const list = byArticle.get(m.article);
      const at = { entity, start: m.start, end: m.end };
      if (list === undefined) byArticle.set(m.article, [at]);
      else list.push(at);
    }
  });
  return byArticle;
}

/** The names of the people named in a sentence (mentions of one article). */
function peopleIn(
  entities: readonly Entity[],
  mentions: readonly { entity: number; start: number; end: number }[],
  sentence: { start: number; end: number },
): Set<string> {
  const people = new Set<string>();
  for (const m of mentions)
    if (m.start >= sentence.start && m.end <= sentence.end) people.add((entities[m.entity] as Entity).name);
  return people;
}

/**
 * The sentence of a dated mention as a link's end, one object per mention (a growing story's mentions are kept per
 * article, and the story stage keeps what it found per end).
 */
const sentenceOf = keptPer((t: TimelineEvent): Span => ({
  article: t.article,
  start: t.sentence.start,
  end: t.sentence.end,
}));

/**
 * Sentences of different articles that date something to the same day and name the same two or more people
 * ("Am Donnerstagmorgen treffen sich Kim und Putin …" / "Kim Jong Un trifft am Donnerstag … Wladimir Putin")
 * report the same event: each corroborates the other. Month- and year-precise dates are too coarse for this.
 */
export function sameDaySamePeople(
  timeline: readonly TimelineEvent[],
  entities: readonly Entity[],
): EvidenceLink[] {
  const mentions = personMentions(entities);
  const days = timeline
    .filter((t) => t.precision === 'day')
    .map((t) => ({ t, people: peopleIn(entities, mentions.get(t.article) ?? [], t.sentence) }))
    .filter((d) => d.people.size >= 2);
  // Only mentions of the same day can link: each day's mentions in timeline order.
  const ofDate = new Map<string, number[]>();
  days.forEach((d, i) => {
    const list = ofDate.get(d.t.date);
    if (list === undefined) ofDate.set(d.t.date, [i]);
    else list.push(i);
  });
  const links: EvidenceLink[] = [];
  days.forEach((a, i) => {
    for (const j of ofDate.get(a.t.date) ?? []) {
      if (j <= i) continue;
      const b = days[j] as (typeof days)[number];
      if (a.t.article === b.t.article) continue;
      let shared = 0;
      for (const p of a.people) if (b.people.has(p)) shared++;
      if (shared < 2) continue;
      links.push([sentenceOf(a.t), sentenceOf(b.t)]);
    }
  });
  return links;
}
