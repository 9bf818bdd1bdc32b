/**
 * The storyline step in the flows: `lagebild cluster`'s batch run gives every story its storyline (the example
 * story split in two chapters six days apart, clustered by the project's clusterer, is one storyline of two
 * stories), and the store's step reports a story it cannot link, never swallows it.
 */
import { describe, expect, it } from 'vitest';
import { clusterDocuments } from '../../src/flows/index.js';
import { linkPendingStorylines } from '../../src/flows/storylines.js';
import { openRepository } from '../../src/store/index.js';
import { storeClusterer } from '../../src/flows/store.js';
import { createClusterer } from '../../src/cluster/index.js';
import { prepareDocument } from '../../src/flows/prepare.js';
import type { SourceDocument } from '../../src/core/types.js';
import type { ArticleRecord } from '../../src/store/types.js';

function prepared(document: SourceDocument | undefined): ArticleRecord {
  if (document === undefined) throw new Error('no document');
  const result = prepareDocument(document);
  if (!result.ok) throw new Error(result.problem.reason);
  return result.value;
}
import {
  kimPutinChapters,
  TRIAL_OPENING,
  TRIAL_VERDICT,
  UNRELATED_LATER,
} from '../cluster/storyline-texts.js';

describe('lagebild cluster (batch): storylines on the stories', () => {
  it('clusters the two chapters as two stories of one storyline; the later meeting in Sochi is its own', () => {
    const run = clusterDocuments([...kimPutinChapters(), ...UNRELATED_LATER.slice(0, 1)]);
    const stories = run.stories.map((s) => ({
      id: s.id,
      articles: [...s.articles].sort(),
      storyline: s.storyline,
      continues: s.continues?.story,
    }));
    expect(stories).toEqual([
      {
        id: 's:000_62401ecbec18278e',
        articles: ['000_62401ecbec18278e', '003_5615875bba8a24d2'],
        storyline: 's:000_62401ecbec18278e',
        continues: undefined,
      },
      {
        id: 's:001_2a559c43b46f36a7',
        articles: ['001_2a559c43b46f36a7', '002_b3394aa4fb092fca', '004_f943364543cf3125'],
        storyline: 's:000_62401ecbec18278e',
        continues: 's:000_62401ecbec18278e',
      },
      {
        id: 's:putin-erdogan',
        articles: ['putin-erdogan'],
        storyline: 's:putin-erdogan',
        continues: undefined,
      },
    ]);
  });

  it('bridges only gaps beyond the clustering window: inside a 240-hour window the clusterer decides alone', () => {
    // the chapters are 152 hours apart: the clusterer keeps them apart, and the storyline step does not overrule it
    const run = clusterDocuments(kimPutinChapters(), { windowHours: 240 });
    expect(run.stories.map((s) => [s.articles.length, s.storyline === s.id])).toEqual([
      [2, true],
      [3, true],
    ]);
  });

  it('refuses storyline options out of range with the option named', () => {
    expect(() => clusterDocuments(kimPutinChapters(), { storylines: { threshold: 2 } })).toThrow(
      /threshold must be a number from 0 to 1/u,
    );
  });
});

describe('the store: a story that cannot be linked', () => {
  it('is reported (returned and logged) and stays pending; the other stories are linked', async () => {
    const repo = await openRepository(':memory:', { clusterer: () => storeClusterer(createClusterer()) });
    try {
      const opening = await repo.add(prepared(TRIAL_OPENING[0]));
      const verdict = await repo.add(prepared(TRIAL_VERDICT[0]));
      expect([opening.kind, verdict.kind]).toEqual(['added', 'added']);
      const broken = {
        ...repo,
        storyForStoryline: (id: string) =>
          id === 's:prozess-urteil-1'
            ? Promise.reject(new Error('disk on fire'))
            : repo.storyForStoryline(id),
      };
      const logged: string[] = [];
      const outcome = await linkPendingStorylines(broken, undefined, (line) => logged.push(line));
      expect(outcome.failed).toEqual([
        { file: 'story s:prozess-urteil-1', reason: 'storyline not linked: disk on fire' },
      ]);
      expect(logged).toEqual(['lagebild: story s:prozess-urteil-1: storyline not linked: disk on fire']);
      expect(await repo.pendingStorylines()).toEqual(['s:prozess-urteil-1']);
      const again = await linkPendingStorylines(repo);
      expect(again).toEqual({ linked: 1, failed: [] });
      expect((await repo.getStoryline('s:prozess-auftakt-1'))?.chapters.map((c) => c.id)).toEqual([
        's:prozess-auftakt-1',
        's:prozess-urteil-1',
      ]);
    } finally {
      await repo.close();
    }
  });
});

describe('the store: storyline saves in groups', () => {
  it('saves the summaries and links of a pass in one transaction each, and falls back to one by one', async () => {
    const repo = await openRepository(':memory:', { clusterer: () => storeClusterer(createClusterer()) });
    try {
      await repo.add(prepared(TRIAL_OPENING[0]));
      await repo.add(prepared(TRIAL_VERDICT[0]));
      const calls: string[] = [];
      const counted = {
        ...repo,
        saveStorySummaries: (items: Parameters<typeof repo.saveStorySummaries>[0]) => {
          calls.push(`summaries ${String(items.length)}`);
          return repo.saveStorySummaries(items);
        },
        saveStorylines: (items: Parameters<typeof repo.saveStorylines>[0]) => {
          calls.push(`links ${String(items.length)}`);
          return repo.saveStorylines(items);
        },
      };
      expect(await linkPendingStorylines(counted)).toEqual({ linked: 2, failed: [] });
      expect(calls).toEqual(['summaries 2', 'links 2']);
      expect(await repo.pendingStorylines()).toEqual([]);
      const chapters = (await repo.getStoryline('s:prozess-auftakt-1'))?.chapters.map((c) => c.id);
      expect(chapters).toEqual(['s:prozess-auftakt-1', 's:prozess-urteil-1']);

      // a group that cannot be saved together is saved story by story: only the story at fault is reported
      await repo.add(prepared(TRIAL_VERDICT[1]));
      await repo.add(prepared(TRIAL_OPENING[1]));
      const pending = await repo.pendingStorylines();
      expect(pending).toEqual(['s:prozess-auftakt-1', 's:prozess-urteil-1']);
      const broken = {
        ...repo,
        saveStorylines: () => Promise.reject(new Error('group too large')),
        saveStoryline: (id: string, ...rest: [number, { story: string; score: number } | null]) =>
          id === 's:prozess-urteil-1'
            ? Promise.reject(new Error('row locked'))
            : repo.saveStoryline(id, ...rest),
      };
      const outcome = await linkPendingStorylines(broken);
      expect(outcome).toEqual({
        linked: 1,
        failed: [{ file: 'story s:prozess-urteil-1', reason: 'storyline not linked: row locked' }],
      });
      expect(await repo.pendingStorylines()).toEqual(['s:prozess-urteil-1']);
    } finally {
      await repo.close();
    }
  });
});
