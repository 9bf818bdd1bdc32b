/**
 * Cost of one brief as the story grows (issue 14 item 7): a story of 5, 20, 50, 100, 200 and 500 articles built from
 * the example story (`buildCorpus`: each article one seed's lines with three paragraphs of the others mixed in),
 * each size briefed in its own process, so that its peak memory (max RSS of the whole process) is its own. Reported:
 * the CPU time (user + system, every thread, until the process is quiet again: see `cpuOf`) of the brief alone, the
 * peak RSS of the process, and at 200 articles the CPU time of updating the brief for one added article from the
 * stored state (`updateBrief`) against a full brief of the 201: right after the state was made by a full brief, and
 * in a story that gains its articles one at a time (see `child`).
 * Alone: `node dist/bench/brief-scale.js` after a build (`--sizes 5,20` to choose sizes).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SourceDocument } from '../src/core/types.js';
import { parseText } from '../src/ingest/index.js';
import { briefFromArticles, briefState, prepareArticles, updateBrief } from '../src/brief/index.js';
import { buildCorpus } from './corpus.js';

export interface ScaleFigures {
  readonly articles: number;
  /** CPU seconds of one brief, until the process is quiet again (see `cpuOf`). */
  readonly cpu: number;
  /** Peak RSS of the whole process, MB. */
  readonly rssMb: number;
  /** CPU seconds of adding one article to a state just made by a full brief, the median of three (only when asked). */
  readonly update?: number;
  /**
   * CPU seconds of adding one article to a state made by updates (a story that gains its articles one at a time):
   * the mean of twenty updates after the first, garbage collections included (only when asked).
   */
  readonly nextUpdate?: number;
  /** CPU seconds of a full brief of the story with that article, the median of three (only when asked). */
  readonly full?: number;
  /**
   * The same three until the call returns (the figures above run until the process is quiet again: see `cpuOf`):
   * what a profile of the main thread would show, without the helper threads' work left after it.
   */
  readonly updateOwn?: number;
  readonly nextUpdateOwn?: number;
  readonly fullOwn?: number;
  /** The three updates after a full brief and the three full briefs the medians above are of (CPU seconds, all). */
  readonly updateSamples?: readonly number[];
  readonly fullSamples?: readonly number[];
}

function documents(size: number): SourceDocument[] {
  return buildCorpus(size).map((text, i) => {
    const parsed = parseText(text);
    const id = `a${String(i).padStart(5, '0')}`;
    return {
      id,
      file: `${id}.txt`,
      format: 'text',
      text: parsed.text,
      meta: parsed.meta,
      removed: parsed.removed,
    };
  });
}

/** CPU seconds of the whole process so far (every thread: V8's compiler and garbage-collector threads included). */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * Waits until the process is quiet: no thread of it used more than half a millisecond of CPU in 10 ms of sleep (at
 * most 2 s). The sleep lets the event loop run too, so V8's tasks for the main thread (installing code its
 * compiler threads made, finishing a collection) run here.
 */
async function quiet(): Promise<void> {
  for (let k = 0; k < 200; k++) {
    const before = cpuNow();
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (cpuNow() - before < 0.0005) return;
  }
}

/**
 * The CPU seconds of `run` (every thread of the process), from a quiet process until the process is quiet again:
 * the compilation and garbage collection that V8's helper threads finish after `run` returns are its own, not the
 * next step's (session 22: without this, the first update after a full brief paid the full brief's queued
 * optimisations, about 0.1 CPU-s, gone with `--no-concurrent-recompilation`). `own` is the time until `run`
 * returns. A forced collection before it is made only when the process allows one; the children this bench starts
 * do not (they run without `--expose-gc`, although `npm run bench` starts the parent with it): a forced collection
 * makes V8 drop compiled code, so each timed update would compile its paths again (session 21: about 0.54 / 0.44
 * CPU-s instead of 0.30 / 0.23).
 */
async function cpuOf(run: () => void): Promise<{ own: number; all: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  await quiet();
  const start = cpuNow();
  run();
  const own = cpuNow() - start;
  await quiet();
  return { own, all: cpuNow() - start };
}

/**
 * In the child: one size, measured after a warm-up brief of five articles. When the update is measured, the update
 * is warmed up at this size too (the story's state made and updated three times with other articles, then dropped:
 * the update's own paths compiled for stories of this size, as in a process that has updated a large story before;
 * without it the one timed update also paid V8 compiling them, about a third of its CPU). Then, three times, the
 * state is made afresh and updated with an article no warm-up has seen (`update`: the median of the three updates
 * after a full brief); the first of those states is then updated twenty times more (`nextUpdate`: their mean, a story
 * that gains its articles one at a time; a mean, not a median: an update that meets a major garbage collection
 * costs up to three times the others, and a 200-article story meets one every few updates — over six updates the
 * mean moved by ±0.02 of the ratio with whether one or two of them fell in the window, over twenty it holds their
 * share; session 25); both against the median of three full briefs of the story with the first added article (the
 * last updates are of a story of 220: the ratio errs high). One sample of the update after a full brief, or of the
 * full brief, moved by up to a fifth from run to run (session 26: full briefs of 1.60–2.29 CPU-s in one process),
 * hence the medians. Figures as JSON.
 */
async function child(size: number, withUpdate: boolean): Promise<ScaleFigures> {
  const warmUpdates = 3;
  const cycles = 3;
  const timedUpdates = 20;
  const docs = documents(Math.max(size + (withUpdate ? cycles + timedUpdates + warmUpdates : 0), 5));
  const articles = prepareArticles(docs);
  for (let i = 0; i < 2; i++) briefFromArticles(articles.slice(0, 5));
  if (!withUpdate) {
    const { all: cpu } = await cpuOf(() => briefFromArticles(articles));
    return { articles: size, cpu, rssMb: process.resourceUsage().maxRSS / 1024 };
  }
  const story = articles.slice(0, size);
  // Articles size .. size+2 are the first updates' (one per cycle), the next twenty the later updates', the last
  // three the warm-up's.
  const added = (i: number): (typeof articles)[number] => {
    const article = articles[size + i];
    if (article === undefined) throw new Error(`no article ${size + i} to add`);
    return article;
  };
  warmUp(story, (i) => added(cycles + timedUpdates + i), warmUpdates);
  const firsts: { own: number; all: number }[] = [];
  const next: { own: number; all: number }[] = [];
  let cpu = NaN;
  for (let cycle = 0; cycle < cycles; cycle++) {
    let state!: ReturnType<typeof briefState>;
    const made = await cpuOf(() => (state = briefState(story)));
    if (cycle === 0) cpu = made.all;
    firsts.push(await cpuOf(() => (state = updateBrief(state, added(cycle)))));
    if (cycle === 0)
      for (let i = 0; i < timedUpdates; i++)
        next.push(await cpuOf(() => (state = updateBrief(state, added(cycles + i)))));
  }
  const fulls: { own: number; all: number }[] = [];
  for (let i = 0; i < cycles; i++)
    fulls.push(await cpuOf(() => briefFromArticles(articles.slice(0, size + 1))));
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
  return {
    articles: size,
    cpu,
    rssMb: process.resourceUsage().maxRSS / 1024,
    update: median(firsts.map((u) => u.all)),
    nextUpdate: mean(next.map((u) => u.all)),
    full: median(fulls.map((f) => f.all)),
    updateOwn: median(firsts.map((u) => u.own)),
    nextUpdateOwn: mean(next.map((u) => u.own)),
    fullOwn: median(fulls.map((f) => f.own)),
    updateSamples: firsts.map((u) => u.all),
    fullSamples: fulls.map((f) => f.all),
  };
}

/**
 * The update's warm-up: a state of `story` made and updated `count` times, then dropped when this returns (the
 * timed full brief and updates do not carry a second state of the story on the heap).
 */
function warmUp(
  story: Parameters<typeof briefState>[0],
  added: (i: number) => Parameters<typeof updateBrief>[1],
  count: number,
): void {
  let warm = briefState(story);
  for (let i = 0; i < count; i++) warm = updateBrief(warm, added(i));
}

function inChild(size: number, withUpdate: boolean): ScaleFigures {
  const script = fileURLToPath(import.meta.url);
  const args = [script, '--child', String(size), ...(withUpdate ? ['--update'] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`brief-scale ${size}: exit ${String(run.status)}: ${run.stderr}`);
  return JSON.parse(run.stdout) as ScaleFigures;
}

const samples = (xs: readonly number[] | undefined): string =>
  (xs ?? []).map((x) => x.toFixed(3)).join(' / ');

/** Each size in its own process, then the update at `updateAt` articles in its own. */
export function briefScaleBench(
  sizes: readonly number[] = [5, 20, 50, 100, 200, 500],
  updateAt = 200,
): { sizes: ScaleFigures[]; update: ScaleFigures } {
  const figures = sizes.map((size) => {
    const f = inChild(size, false);
    process.stderr.write(
      `  brief of ${size} articles: ${f.cpu.toFixed(2)} CPU-s, ${f.rssMb.toFixed(0)} MB\n`,
    );
    return f;
  });
  const update = inChild(updateAt, true);
  process.stderr.write(
    `  one article added to ${updateAt}: ${(update.update ?? NaN).toFixed(3)} CPU-s after a full brief, ${(update.nextUpdate ?? NaN).toFixed(3)} CPU-s after updates (full brief ${(update.full ?? NaN).toFixed(2)} CPU-s, ratios ${((update.update ?? NaN) / (update.full ?? NaN)).toFixed(3)} / ${((update.nextUpdate ?? NaN) / (update.full ?? NaN)).toFixed(3)}; until the calls return: ${((update.updateOwn ?? NaN) / (update.fullOwn ?? NaN)).toFixed(3)} / ${((update.nextUpdateOwn ?? NaN) / (update.fullOwn ?? NaN)).toFixed(3)}; medians of ${samples(update.updateSamples)} and ${samples(update.fullSamples)})\n`,
  );
  return { sizes: figures, update };
}

const argv = process.argv.slice(2);
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = argv.indexOf('--child');
  if (at >= 0)
    void child(Number(argv[at + 1]), argv.includes('--update')).then((f) =>
      process.stdout.write(JSON.stringify(f)),
    );
  else {
    const sizesAt = argv.indexOf('--sizes');
    const sizes = sizesAt >= 0 ? (argv[sizesAt + 1] ?? '').split(',').map(Number) : undefined;
    const { sizes: figures, update } = briefScaleBench(sizes);
    const base = figures.find((f) => f.articles === 20)?.cpu;
    process.stdout.write('articles\tCPU-s\t×20\tpeak MB\n');
    for (const f of figures) {
      const ratio = base !== undefined ? (f.cpu / base).toFixed(1) : '-';
      process.stdout.write(`${f.articles}\t${f.cpu.toFixed(3)}\t${ratio}\t${f.rssMb.toFixed(0)}\n`);
    }
    const full = update.full ?? NaN;
    process.stdout.write(
      `one added article at ${update.articles}: after a full brief ${(update.update ?? NaN).toFixed(3)} CPU-s (ratio ${((update.update ?? NaN) / full).toFixed(3)}), after updates ${(update.nextUpdate ?? NaN).toFixed(3)} CPU-s (ratio ${((update.nextUpdate ?? NaN) / full).toFixed(3)}), full brief ${full.toFixed(3)} CPU-s\n`,
    );
  }
}
