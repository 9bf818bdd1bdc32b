import type { EvidenceLink } from './coverage.js';
import type { Entity, TimelineEvent } from './types.js';

/** People named in a sentence of an article. */
function peopleIn(
  entities: readonly Entity[],
  article: string,
  sentence: { start: number; end: number },
): string[] {
  return entities
    .filter(
      (e) =>
        e.type === 'person' &&
        e.mentions.some((m) => m.article === article && m.start >= sentence.start && m.end <= sentence.end),
    )
    .map((e) => e.name);
}

/**
 * Sentences of different articles that date something to the same day and name the same two or more people
 * ("Am Donnerstagmorgen treffen sich Kim und Putin …" / "Kim Jong Un trifft am Donnerstag … Wladimir Putin")
 * report the same event: each corroborates the other. Month- and year-precise dates are too coarse for this.
 */
export function sameDaySamePeople(
  timeline: readonly TimelineEvent[],
  entities: readonly Entity[],
): EvidenceLink[] {
  const days = timeline
    .filter((t) => t.precision === 'day')
    .map((t) => ({ t, people: new Set(peopleIn(entities, t.article, t.sentence)) }))
    .filter((d) => d.people.size >= 2);
  const links: EvidenceLink[] = [];
  days.forEach((a, i) => {
    for (const b of days.slice(i + 1)) {
      if (a.t.article === b.t.article || a.t.date !== b.t.date) continue;
      const shared = [...a.people].filter((p) => b.people.has(p)).length;
      if (shared < 2) continue;
      links.push([
        { article: a.t.article, start: a.t.sentence.start, end: a.t.sentence.end },
        { article: b.t.article, start: b.t.sentence.start, end: b.t.sentence.end },
      ]);
    }
  });
  return links;
}
