/**
 * `addMany` of more articles than one transaction takes (`MAX_GROUP`): stored as several groups, one after
 * another, every article once, with its duplicates (within the call and of what was stored) answered as such.
 */
import { describe, expect, it } from 'vitest';
import { storeClusterer } from '../../src/flows/store.js';
import { prepareDocument } from '../../src/flows/prepare.js';
import { openRepository } from '../../src/store/index.js';
import type { ArticleRecord } from '../../src/store/types.js';
import { MAX_GROUP } from '../../src/store/write.js';
import { corpusArticle } from './corpus.js';
import { topicClusterer } from './test-clusterer.js';

function record(i: number): ArticleRecord {
  const prepared = prepareDocument(corpusArticle(i));
  if (!prepared.ok) throw new Error(prepared.problem.reason);
  return prepared.value;
}

describe('addMany', () => {
  it('stores more than MAX_GROUP articles as several groups: each once, repeats answered as duplicates', async () => {
    const repo = await openRepository(':memory:', { clusterer: () => storeClusterer(topicClusterer()) });
    try {
      const first = Array.from({ length: 5 }, (_, i) => record(i));
      await repo.addMany(first);
      const many = Array.from({ length: MAX_GROUP + 5 }, (_, i) => record(i));
      const results = await repo.addMany([...many, record(MAX_GROUP + 1)]);
      expect(results).toHaveLength(MAX_GROUP + 6);
      expect(results.filter((r) => r.kind === 'duplicate')).toHaveLength(6);
      expect(results.at(-1)).toMatchObject({ kind: 'duplicate' });
      expect((await repo.health()).articles).toBe(MAX_GROUP + 5);
    } finally {
      await repo.close();
    }
  });
});
