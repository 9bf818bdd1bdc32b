import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/line-reader.js';
import {
  StreamClusterRun,
  type ClosedStory,
  type RecordName,
  type StreamEvent,
  type StreamLine,
  type StreamStats,
} from '../../src/flows/index.js';
import { RecentIds, RollingRepeats } from '../../src/flows/stream-window.js';
import { OTHER_EVENTS } from '../cluster/stories.js';

const MINUTE = 60_000;
const START = Date.UTC(2019, 3, 25);
const SYLLABLES = ['ba', 'ko', 'ri', 'ten', 'mu', 'sal', 'vek', 'do', 'lin', 'pra', 'gus', 'zem'];

/** A made-up name for story k (distinct per k): its place, its person, its thing. */
function name(k: number, salt: number): string {
  let n = k * 7 + salt;
  let word = '';
  for (let i = 0; i < 3; i++) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word.charAt(0).toUpperCase() + word.slice(1) + SYLLABLES[k % SYLLABLES.length]!;
}

/** Report j of synthetic story k: small, German, names and a figure of its own. */
function synthetic(k: number, j: number, minutes: number): object {
  const [place, person, firm] = [name(k, 1), name(k, 2), name(k, 3)];
  return {
    id: `s${String(k)}-${String(j)}`,
    title: `${place}: ${person} verhandelt mit ${firm} über ${String(100 + k)} Stellen`,
    text:
      `Menü\nIn ${place} hat ${person} am Morgen Gespräche mit ${firm} begonnen. Es geht um ${String(100 + k)} ` +
      `Stellen im Werk von ${firm}. ${person} sagte, man sei zuversichtlich. Bericht ${String(j)}.\nTeilen`,
    published: new Date(START + minutes * MINUTE).toISOString(),
  };
}

function closedIn(events: readonly StreamEvent[]): number {
  return events.filter((e) => e.kind === 'closed').length;
}

describe('the stream path holds a bounded amount however long the stream runs', () => {
  it('documents for briefs, open stories and windows stay bounded over 3 000 articles and 250 windows', () => {
    // Two stories at a time, each six reports over two hours; a three-hour window; closed stories findable by a
    // late article for a day.
    const run = new StreamClusterRun({ windowHours: 3, keepDocuments: true, lateHours: 24 });
    const peak = {
      heldDocuments: 0,
      openStories: 0,
      clustererOpen: 0,
      repeatWindow: 0,
      recentIds: 0,
      closedIndex: 0,
    };
    let closed = 0;
    let last: StreamStats | undefined;
    for (let i = 0; i < 3000; i++) {
      const k = Math.floor(i / 12) * 2 + (i % 2);
      const events = run.addRecord(synthetic(k, Math.floor(i / 2) % 6, i * 10), {
        file: `-#${String(i + 1)}`,
        idBase: `stdin#${String(i + 1)}`,
      });
      expect(events.filter((e) => e.kind === 'error')).toEqual([]);
      closed += closedIn(events);
      last = run.stats();
      peak.heldDocuments = Math.max(peak.heldDocuments, last.heldDocuments);
      peak.openStories = Math.max(peak.openStories, last.openStories);
      peak.clustererOpen = Math.max(peak.clustererOpen, last.clusterer.open);
      peak.repeatWindow = Math.max(peak.repeatWindow, last.repeatWindow);
      peak.recentIds = Math.max(peak.recentIds, last.recentIds);
      peak.closedIndex = Math.max(peak.closedIndex, last.clusterer.closedIndex);
    }
    // About 5.5 hours of stream held at most: two stories' reports per 20 minutes.
    expect(peak.heldDocuments).toBeGreaterThan(12);
    expect(peak.heldDocuments).toBeLessThanOrEqual(40);
    expect(peak.openStories).toBeLessThanOrEqual(8);
    expect(peak.clustererOpen).toBeLessThanOrEqual(8);
    expect(peak.repeatWindow).toBe(200);
    expect(peak.recentIds).toBe(3000);
    // one story an hour: the records of the stories closed in the last day (plus a sweep interval), not all 500
    expect(peak.closedIndex).toBeGreaterThanOrEqual(20);
    expect(peak.closedIndex).toBeLessThanOrEqual(26);
    expect(last?.late).toBe(0);
    expect(last?.clusterer.closed).toBe(0);
    const { events, summary } = run.end();
    closed += closedIn(events);
    expect(summary.articles).toBe(3000);
    expect(closed).toBe(summary.stories);
    expect(summary.stories).toBeGreaterThanOrEqual(480);
    expect(summary.multi).toBeGreaterThanOrEqual(450);
    expect(run.stats().heldDocuments).toBe(0);
  });

  it('a story that never goes quiet keeps only its first and its latest documents', () => {
    const run = new StreamClusterRun({ windowHours: 24, keepDocuments: true, briefDocuments: 20 });
    for (let i = 0; i < 600; i++) {
      run.addRecord(synthetic(0, i, i * 30), { file: `-#${String(i)}`, idBase: `x${String(i)}` });
      expect(run.stats().heldDocuments).toBeLessThanOrEqual(20);
    }
    const { events, summary } = run.end();
    expect(summary).toMatchObject({ articles: 600, stories: 1, multi: 1 });
    const story = events.find((e) => e.kind === 'closed');
    expect(story?.kind === 'closed' && story.story.articles).toBe(600);
    expect(story?.kind === 'closed' && story.story.documents.map((d) => d.id)).toEqual([
      's0-0',
      ...Array.from({ length: 19 }, (_, i) => `s0-${String(581 + i)}`),
    ]);
  });

  it('without briefs no document is held', () => {
    const run = new StreamClusterRun({ windowHours: 3 });
    for (let i = 0; i < 100; i++)
      run.addRecord(synthetic(i % 3, i, i), { file: 'f', idBase: `i${String(i)}` });
    expect(run.stats().heldDocuments).toBe(0);
  });
});

describe('a late article on the stream path', () => {
  it('reopens the closed story of its time: the line says so, nothing counts as late, the story closes again', () => {
    const run = new StreamClusterRun({ windowHours: 3, keepDocuments: true });
    const name = (i: number): RecordName => ({ file: `-#${String(i)}`, idBase: `stdin#${String(i)}` });
    const assignments = (events: readonly StreamEvent[]): StreamLine[] =>
      events.flatMap((e) => (e.kind === 'assignment' ? [e.line] : []));
    const closedEvents = (events: readonly StreamEvent[]): ClosedStory[] =>
      events.flatMap((e) => (e.kind === 'closed' ? [e.story] : []));
    const first = assignments(run.addRecord(synthetic(1, 0, 0), name(1)))[0];
    run.addRecord(synthetic(1, 1, 30), name(2));
    // a day later: story 1 closes (its brief's documents go with the event)
    const later = run.addRecord(synthetic(2, 0, 24 * 60), name(3));
    expect(closedEvents(later)).toMatchObject([{ id: first?.story, articles: 2 }]);
    // a re-crawled report of story 1, published an hour after its first
    const late = run.addRecord(synthetic(1, 2, 60), name(4));
    expect(assignments(late)).toMatchObject([
      { article: 's1-2', story: first?.story, reopened: true, time: '2019-04-25T01:00:00.000Z' },
    ]);
    expect(run.stats().late).toBe(0);
    const next = run.addRecord(synthetic(2, 1, 25 * 60), name(5));
    const again = [...next, ...run.end().events].flatMap((e) => (e.kind === 'closed' ? [e.story] : []));
    const reclosed = again.find((story) => story.id === first?.story);
    expect(reclosed).toMatchObject({ articles: 1, reopened: true });
    expect(reclosed?.documents.map((d) => d.id)).toEqual(['s1-2']);
    expect(run.stats()).toMatchObject({ late: 0, heldDocuments: 0 });
  });
});

describe('cleaning on a stream', () => {
  const FURNITURE = 'Mehr aus dem Ressort Elbtal';
  const texts = (run: StreamClusterRun): string[] =>
    OTHER_EVENTS.slice(0, 3).flatMap((e, i) =>
      run
        .addRecord({ ...e, text: `${e.text}\n${FURNITURE}` }, { file: `-#${String(i)}`, idBase: e.id })
        .flatMap((ev) => (ev.kind === 'assignment' ? [ev.article.text] : [])),
    );

  it('a short line repeating across recent articles is removed from the repeats, not from the first', () => {
    const cleaned = texts(new StreamClusterRun());
    expect(cleaned.map((t) => t.includes(FURNITURE))).toEqual([true, false, false]);
  });

  it('only within the window of recent articles, and not with crossDocument off', () => {
    const narrow = new StreamClusterRun({ repeatWindow: 1 });
    narrow.addRecord(
      { text: `Erster Bericht über etwas anderes.\n${FURNITURE}` },
      { file: 'a', idBase: 'a' },
    );
    narrow.addRecord({ text: 'Zweiter Bericht über etwas anderes.' }, { file: 'b', idBase: 'b' });
    expect(texts(narrow)[0]).toContain(FURNITURE);
    const off = texts(new StreamClusterRun({ crossDocument: false }));
    expect(off.every((t) => t.includes(FURNITURE))).toBe(true);
  });
});

describe('rolling windows (properties)', () => {
  it('RollingRepeats.seen: the keys that stand in one of the last `capacity` articles', () => {
    const keys = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 4 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(keys, { maxLength: 30 }), (capacity, docs) => {
        const window = new RollingRepeats(capacity);
        docs.forEach((doc, i) => {
          const distinct = [...new Set(doc)];
          const before = new Set(docs.slice(Math.max(0, i - capacity), i).flat());
          expect([...window.seen(distinct)].sort()).toEqual(distinct.filter((k) => before.has(k)).sort());
          window.push(distinct);
          expect(window.size).toBe(Math.min(i + 1, capacity));
        });
      }),
    );
  });

  it('RecentIds: ids are distinct within the window and suffixed as in batch mode', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.constantFrom('x', 'y', 'x-2'), { maxLength: 30 }),
        (capacity, bases) => {
          const ids = new RecentIds(capacity);
          const given = bases.map((b) => ids.unique(b));
          given.forEach((id, i) => {
            expect(id.startsWith(bases[i]!)).toBe(true);
            expect(given.slice(Math.max(0, i - capacity + 1), i)).not.toContain(id);
          });
        },
      ),
    );
    const ids = new RecentIds(10);
    expect(['a', 'a', 'a'].map((b) => ids.unique(b))).toEqual(['a', 'a-2', 'a-3']);
  });
});

async function collect(chunks: readonly Uint8Array[], max: number): Promise<(string | { error: string })[]> {
  const out: (string | { error: string })[] = [];
  async function* source(): AsyncGenerator<Uint8Array> {
    yield* chunks;
  }
  for await (const line of readLines(source(), max))
    out.push('error' in line ? { error: line.error } : line.text);
  return out;
}

describe('readLines', () => {
  it('gives the same lines however the bytes are split into chunks', async () => {
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('\n', '\r\n', 'ä€😀')), {
        maxLength: 20,
      })
      .map((parts) => parts.join('').replace(/\uFEFF/gu, ''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 6 }), async (t, cuts) => {
        const bytes = Buffer.from(t, 'utf8');
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, all) => bytes.subarray(p, all[i + 1] ?? bytes.length));
        const expected = t.split('\n').map((l) => l.replace(/\r$/u, ''));
        if (t === '' || t.endsWith('\n')) expected.pop();
        expect(await collect(chunks, 1e6)).toEqual(expected);
      }),
    );
  });

  it('a line over the limit is an error, not held; the next line is read', async () => {
    const long = 'x'.repeat(3000);
    const chunks = [Buffer.from(`kurz\n${long.slice(0, 1000)}`), Buffer.from(`${long.slice(1000)}\nnoch\n`)];
    expect(await collect(chunks, 2048)).toEqual([
      'kurz',
      { error: 'line is 2.9 KB, over the 2 KB limit (raise it with --max-size)' },
      'noch',
    ]);
    expect(await collect([Buffer.from([0x7b, 0xff, 0x7d, 0x0a])], 100)).toEqual([
      { error: 'line is not valid UTF-8' },
    ]);
  });
});
