/**
 * Story history and alerts (issue 16) as every store must keep them, on SQLite and PostgreSQL alike: brief versions
 * across ingests and merges, changes since a time, and an alert raised and delivered once to a real local receiver.
 */
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/core/types.js';
import type { LagebildStore } from '../../src/flows/store.js';
import { startReceiver } from '../alerts/receiver.js';
import { STORM, STRIKE, textDocument } from './fixtures.js';

type Run = <T>(fn: (store: LagebildStore) => Promise<T>) => Promise<T>;

/** A time strictly after the last write, and strictly before the next. */
async function tick(): Promise<string> {
  const at = new Date().toISOString();
  while (new Date().toISOString() === at) await new Promise((resolve) => setTimeout(resolve, 1));
  return at;
}

/** Joins the storm's story and merges the strike's story into it (see test-clusterer.ts). */
const MERGER = textDocument(
  'merge:storm:streik:1',
  'Storm and strike: Travellers in the south-west faced flooded roads on Sunday while the rail strike went on. The Environment Agency kept its flood warnings for Devon and Cornwall in place.',
  { source: 'Western Gazette', language: 'en', published: '2024-03-06' },
);

export function historyContract(name: string, run: Run, example: readonly SourceDocument[]): void {
  describe(`${name}: story history and alerts`, () => {
    it('keeps a version per brief and tells what changed since a time', () =>
      run(async (store) => {
        await store.ingest(example.slice(0, 4));
        const between = await tick();
        const outcome = await store.ingest(example.slice(4));
        const story = outcome.added[0]?.story ?? '';
        const history = await store.storyVersions(story);
        expect(history?.versions.map((v) => [v.version, v.articles.length])).toEqual([
          [1, 4],
          [2, 5],
        ]);
        const changes = await store.storyChanges(story, between);
        expect(changes).toMatchObject({ current_version: 2, previous_version: 1 });
        expect(changes?.articles.map((a) => a.id)).toEqual([example[4]?.id]);
        expect(changes?.lines.length).toBeGreaterThan(0);
        const first = await store.briefVersion(story, 1);
        const texts = new Map(first?.brief.articles.map((a) => [a.id, a.text]));
        for (const line of first?.brief.sentences ?? [])
          expect(texts.get(line.article)?.slice(line.start, line.end)).toBe(line.text);
      }));

    it('keeps a merged story’s history reachable from both ids', () =>
      run(async (store) => {
        const stored = await store.ingest([...STORM, ...STRIKE]);
        const storm = stored.added.find((a) => a.id.startsWith('storm'))?.story ?? '';
        const strike = stored.added.find((a) => a.id.startsWith('streik'))?.story ?? '';
        const before = await tick();
        await store.ingest([MERGER]);
        const merged = await store.storyVersions(strike);
        expect(merged).toMatchObject({ story: strike, mergedInto: storm });
        expect(merged?.versions.map((v) => v.version)).toEqual([1]);
        const survivor = await store.storyVersions(storm);
        expect(survivor?.mergedFrom).toEqual([strike]);
        expect(survivor?.versions.at(-1)?.articles).toHaveLength(5);
        // changes asked under the merged id are those of the story it joined
        const changes = await store.storyChanges(strike, before);
        expect(changes?.story).toBe(storm);
        expect(changes?.articles.map((a) => a.id)).toEqual([MERGER.id]);
      }));

    it('raises an alert once and delivers it once; a watch is listed, read and deleted', async () => {
      const hook = await startReceiver();
      try {
        await run(async (store) => {
          const watch = await store.addWatch({
            query: 'Cornwall',
            lang: 'en',
            minSources: 2,
            webhook: hook.url,
          });
          expect(await store.listWatches()).toEqual([watch]);
          await store.ingest(STORM.slice(0, 1));
          await store.ingest(STORM);
          await store.ingest([...STORM, ...STRIKE]);
          await store.deliverAlerts();
          const storm = (await store.listStories({ limit: 5, offset: 0, q: 'Cornwall' })).items[0]?.id;
          expect(hook.calls.map((c) => [c.body.story, c.body.sourceCount])).toEqual([[storm, 2]]);
          const read = await store.getWatch(watch.id);
          expect(read?.alerts.map((a) => [a.sources, a.status, a.attempts])).toEqual([[2, 'delivered', 1]]);
          expect(await store.deleteWatch(watch.id)).toBe(true);
          expect(await store.deleteWatch(watch.id)).toBe(false);
          expect(await store.getWatch(watch.id)).toBeUndefined();
        });
      } finally {
        await hook.close();
      }
    });
  });
}
