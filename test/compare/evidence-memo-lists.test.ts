import { describe, expect, it } from 'vitest';
import { findEvidence } from '../../src/compare/analyse-story.js';
import { evidenceMemo } from '../../src/compare/memo.js';
import { fixtureArticles } from './support.js';

/**
 * A growing story's evidence with the memo (entities and figure groups kept by key between briefs) is the evidence
 * made afresh; what the added article does not touch is the same object. Made-up sentences.
 */
const story = fixtureArticles('de', [
  {
    id: 'a',
    text:
      'Bundeskanzler Olaf Scholz hat am Montag in Berlin den Haushalt verteidigt. ' +
      '„Wir halten Kurs“, sagte Scholz vor Journalisten. Rund 20 Abgeordnete stimmten dagegen.',
  },
  {
    id: 'b',
    text:
      'Olaf Scholz verteidigte in Berlin den Haushalt. „Wir halten Kurs“, sagte Scholz. ' +
      'Kritik kam von Friedrich Merz aus München. 21 Abgeordnete stimmten dagegen.',
  },
  {
    id: 'c',
    text:
      'Friedrich Merz kritisierte in München den Haushalt. „Der Plan reicht nicht“, sagte Merz. ' +
      'Fast 30 Abgeordnete stimmten dagegen.',
  },
]);

describe('findEvidence with a memo of a growing story', () => {
  it('equals the evidence made afresh, and keeps untouched entities and figure groups as they were', () => {
    const memo = evidenceMemo();
    const two = findEvidence(story.slice(0, 2), memo);
    expect(two).toEqual(findEvidence(story.slice(0, 2)));
    const three = findEvidence(story, memo);
    const fresh = findEvidence(story);
    expect(three).toEqual(fresh);
    expect(three.entities.map((e) => e.name)).toEqual(fresh.entities.map((e) => e.name));
    expect(three.entities.map((e) => e.name)).toContain('Olaf Scholz');
    // Scholz is not in the third article: the same entity object; Merz is, with more mentions: made again.
    const entity = (e: typeof two, name: string) => e.entities.find((x) => x.name === name);
    expect(entity(three, 'Olaf Scholz')).toBe(entity(two, 'Olaf Scholz'));
    expect(entity(three, 'Friedrich Merz')).not.toBe(entity(two, 'Friedrich Merz'));
    expect(entity(three, 'Friedrich Merz')?.mentions.length).toBeGreaterThan(
      entity(two, 'Friedrich Merz')?.mentions.length ?? 0,
    );
  });
});
