import { describe, expect, it } from 'vitest';
import { articleContexts } from '../../src/compare/context.js';
import { recogniseEntities, storySeeds } from '../../src/compare/entities.js';
import { findEvidence } from '../../src/compare/analyse-story.js';
import { fixtureArticles } from './support.js';

/**
 * A brief recognises the story's entities twice: without speakers, then with the speakers its quotes name. When the
 * speakers add no name the first recognition did not have, the second is the first (`previous`), which must be what
 * a recognition made afresh finds.
 */
const story = fixtureArticles('de', [
  {
    id: 'a',
    text:
      'Bundeskanzler Olaf Scholz hat am Montag in Berlin den Haushalt verteidigt. ' +
      '„Wir halten Kurs“, sagte Scholz vor Journalisten. ' +
      'Die Opposition um Friedrich Merz kritisierte den Plan scharf.',
  },
  {
    id: 'b',
    text:
      'Olaf Scholz verteidigte in Berlin den Haushalt. „Das ist solide“, sagte Scholz. ' +
      'Kritik kam von Friedrich Merz und von Kowalczyk, dem Sprecher eines Verbands. ' +
      '„Der Plan reicht nicht“, sagte Kowalczyk. Zu wenig, findet Bertel Wendt vom Verband.',
  },
]);

const shown = (r: ReturnType<typeof recogniseEntities>): string[] =>
  r.mentions.map((m) => `${m.article}:${m.start}-${m.end} ${m.text} ${m.type} ${m.key} ${m.rule}`);

describe('the second recognition of a brief reuses the first when the speakers name no one new', () => {
  const ctxs = articleContexts(story);
  const seeds = storySeeds(ctxs);
  const first = recogniseEntities(ctxs, [], seeds);

  it('returns the first recognition for speakers it already knows, and a fresh one finds the same', () => {
    const speakers = [['Olaf', 'Scholz'], ['Scholz'], ['Friedrich', 'Merz']];
    const reused = recogniseEntities(ctxs, speakers, seeds, undefined, first);
    expect(reused).toBe(first);
    expect(shown(recogniseEntities(ctxs, speakers, seeds))).toEqual(shown(first));
  });

  it('recognises again when a speaker adds a name, as a recognition without the first does', () => {
    // Found by no rule of its own (an unknown given name after a verb that is no verb of saying).
    expect(first.mentions.some((m) => m.text.includes('Wendt'))).toBe(false);
    const speakers = [['Bertel', 'Wendt']];
    const again = recogniseEntities(ctxs, speakers, seeds, undefined, first);
    expect(again).not.toBe(first);
    const fresh = recogniseEntities(ctxs, speakers, seeds);
    expect(shown(again)).toEqual(shown(fresh));
    expect(again.mentions.filter((m) => m.text === 'Bertel Wendt').map((m) => m.type)).toEqual(['person']);
    expect(shown(again)).not.toEqual(shown(first));
  });

  it('finds with a one-word speaker or a speaker in other words what a recognition without the first finds', () => {
    for (const speakers of [
      [['Kowalczyk']],
      [['Scholz'], ['Wendt']],
      [
        ['Olaf', 'Scholz'],
        ['Merz', 'Friedrich'],
      ],
    ]) {
      const again = recogniseEntities(ctxs, speakers, seeds, undefined, first);
      expect(shown(again)).toEqual(shown(recogniseEntities(ctxs, speakers, seeds)));
    }
  });

  it('gives the story the same evidence as before: quotes attributed to the speakers it names', () => {
    const evidence = findEvidence(story);
    const speakers = evidence.quotes.map((q) => q.speaker ?? '');
    expect(speakers).toEqual(expect.arrayContaining(['Olaf Scholz', 'Kowalczyk']));
  });
});
