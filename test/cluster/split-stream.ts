import { normaliseClusterOptions, OnlineClusterer, type StreamArticle } from '../../src/cluster/index.js';
import { DEFAULT_CORE } from '../../src/cluster/options.js';

/** Two events of twelve words each; the bridge names seven words of the first and five of the second. */
export const HARBOUR =
  'harbour cranes containers shipping dockworkers strike wages union negotiations employers bonuses contract'.split(
    ' ',
  );
export const VOLCANO =
  'volcano eruption lava villagers evacuation ash flights airport geologists crater magma tremors'.split(' ');

export function article(id: string, hour: number, words: readonly string[]): StreamArticle {
  return {
    id,
    language: 'en',
    published: `2024-03-01T${String(hour).padStart(2, '0')}:00:00Z`,
    text: `The ${words.join(', the ')}.`,
  };
}

/** Two reports of each event, the bridge between them (a round-up naming both) third. */
export const STREAM: readonly StreamArticle[] = [
  article('harbour-1', 8, HARBOUR),
  article('harbour-2', 9, [...HARBOUR.slice(1), 'port']),
  article('bridge', 10, [...HARBOUR.slice(0, 7), ...VOLCANO.slice(0, 5)]),
  article('volcano-1', 11, VOLCANO),
  article('volcano-2', 12, [...VOLCANO.slice(1), 'summit']),
];

/** A clusterer whose core admits any article the centroid takes (no link, no cohesion): the bridge chains the two events into one story. */
export function loose(): OnlineClusterer {
  return new OnlineClusterer({
    ...normaliseClusterOptions({ mergeEvery: 1 }),
    core: { ...DEFAULT_CORE, link: 0, cohesion: 0 },
  });
}
