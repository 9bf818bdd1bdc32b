/**
 * Bounded work per input in the story stage, without a clock: every class of the hostile corpus is read, cleaned and
 * analysed as `growth.test.ts` does, at size n and 4n, and then briefed (`briefFromArticles`: the story's analysis —
 * entities, quotes, figures, dates, timeline —, the summary, the corroboration); the brief's character work
 * (test/support/steps.ts) may grow about 4× — linear — never 16× (quadratic). The same for `cluster`'s batch run
 * (`clusterDocuments`: cleaning, analysis and the clusterer) on the documents each class is read as. It found three: the timeline's stamp filter and the temporal tagger searched a
 * whole line for each date or word on a long line (`dates`, `invalid-utf8`: 8× and 13×), and an article of many
 * quotations (test/compare/quoted-name-growth.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle, normaliseAnalyseOptions } from '../../src/analyse/index.js';
import { briefFromArticles } from '../../src/brief/index.js';
import { cleanDocuments, normaliseCleanOptions } from '../../src/clean/index.js';
import { clusterDocuments } from '../../src/flows/cluster-batch.js';
import type { AnalysedArticle } from '../../src/core/types.js';
import { assignIds, normaliseIngestOptions, readBytes } from '../../src/ingest/index.js';
import { countCharacterSteps } from '../support/steps.js';
import { HOSTILE_CLASSES, hostileInput } from './corpus.js';

const ingestOptions = normaliseIngestOptions({ maxBytes: 64 * 1024 * 1024 });
const cleanOptions = normaliseCleanOptions();
const analyseOptions = normaliseAnalyseOptions({});

/** The documents one generated input is read as. */
function documents(name: string, n: number): ReturnType<typeof assignIds> {
  const input = hostileInput(name, n);
  const bytes = typeof input.content === 'string' ? new TextEncoder().encode(input.content) : input.content;
  return assignIds(
    readBytes({ file: input.file, base: input.name, path: input.file, bytes }, ingestOptions).pending,
  );
}

/** The analysed articles of one generated input, as every command makes them. */
function articles(name: string, n: number): AnalysedArticle[] {
  return cleanDocuments(documents(name, n), cleanOptions).map((a) => analyseArticle(a, analyseOptions));
}

/** Sizes: 1 % and 4 % of the campaign's, as in growth.test.ts. */
const SMALL = 0.01;
/** Classes whose size is fixed (the size limit, an entity expansion, an empty file). */
const FIXED = new Set(['huge', 'billion-laughs', 'external-entity', 'empty']);

describe('the brief grows linearly (n → 4n)', () => {
  for (const c of HOSTILE_CLASSES.filter((k) => !FIXED.has(k.name))) {
    it(`${c.name}.${c.ext}`, () => {
      const n = Math.max(4, Math.round(c.base * SMALL));
      const small = articles(c.name, n);
      const large = articles(c.name, 4 * n);
      const atN = countCharacterSteps(() => void briefFromArticles(small));
      const at4n = countCharacterSteps(() => void briefFromArticles(large));
      // An input of no article at either size is briefed as no story: nothing to compare.
      if (small.length === 0 && large.length === 0) return;
      expect(at4n / Math.max(1, atN), `${String(atN)} → ${String(at4n)} steps`).toBeLessThan(6);
    });
  }
});

describe("cluster's batch run grows linearly (n → 4n)", () => {
  for (const c of HOSTILE_CLASSES.filter((k) => !FIXED.has(k.name))) {
    it(`${c.name}.${c.ext}`, () => {
      const n = Math.max(4, Math.round(c.base * SMALL));
      const small = documents(c.name, n);
      const large = documents(c.name, 4 * n);
      const atN = countCharacterSteps(() => void clusterDocuments(small));
      const at4n = countCharacterSteps(() => void clusterDocuments(large));
      expect(at4n / Math.max(1, atN), `${String(atN)} → ${String(at4n)} steps`).toBeLessThan(6);
    });
  }
});
