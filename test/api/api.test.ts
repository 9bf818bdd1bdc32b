import { describe, expect, it } from 'vitest';
import { brief } from '../../src/index.js';
import { EXAMPLE_DIR, seedFiles } from '../support/seeds.js';

describe('library API', () => {
  it('brief() takes paths', async () => {
    const result = await brief([EXAMPLE_DIR], { words: 60 });
    expect(result.schema).toBe('lagebild/brief@1');
    expect(result.articles).toHaveLength(5);
    expect(result.sentences.length).toBeGreaterThan(0);
  });

  it('brief() takes articles as data, with metadata, and reports bad ones', async () => {
    const [a, b] = seedFiles();
    const result = await brief([
      { text: a?.text ?? '', source: 'Outlet A', id: 'a' },
      {
        html: `<html><head><title>B</title></head><body><article><p>${b?.text.split('\n')[0] ?? ''}</p><p>${b?.text.split('\n')[2] ?? ''}</p></article></body></html>`,
        source: 'Outlet B',
      },
      { title: 'nothing' },
    ]);
    expect(result.articles.map((x) => [x.id, x.source])).toEqual([
      ['a', 'Outlet A'],
      ['article-2', 'Outlet B'],
    ]);
    expect(result.errors).toEqual([{ file: 'articles[2]', reason: 'record has neither "text" nor "html"' }]);
  });
});
