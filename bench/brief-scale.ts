/**
 * Cost of one brief as the story grows (issue 14 item 7): a story of 5, 20, 50, 100, 200 and 500 articles built from
 * the example story (`buildCorpus`: each article one seed's lines with three paragraphs of the others mixed in),
 * each size briefed in its own process, so that its peak memory (max RSS of the whole process) is its own. Reported:
 * the CPU time (user + system) of the brief alone, the peak RSS of the process, and at 200 articles the CPU time of
 * updating the brief for one added article from the stored state (`updateBrief`) against a full brief of the 201
 * (both after a warm-up of the same code on five articles).
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
  /** CPU seconds of one brief (best of `runs`). */
  readonly cpu: number;
  /** Peak RSS of the whole process, MB. */
  readonly rssMb: number;
  /** CPU seconds of adding one article to the stored state (only when asked). */
  readonly update?: number;
  /** CPU seconds of a full brief of the story with that article (only when asked). */
  readonly full?: number;
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

/**
 * The CPU seconds of `run`, timed after a full garbage collection when the process allows one (`--expose-gc`, as
 * `npm run bench` starts it): what was left over from making the state (a 200-article state is made twice) is not
 * charged to the update, nor the update's garbage to the full brief after it.
 */
function cpuOf(run: () => void): number {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/**
 * In the child: one size, measured after a warm-up brief of five articles (and, when the update is measured, three
 * updates of a five-article story: the update's own code paths compiled, as the full brief's are); its figures as
 * JSON.
 */
function child(size: number, withUpdate: boolean): ScaleFigures {
  const docs = documents(Math.max(size + (withUpdate ? 1 : 0), withUpdate ? 8 : 0));
  const articles = prepareArticles(docs);
  for (let i = 0; i < 2; i++) briefFromArticles(articles.slice(0, 5));
  if (withUpdate) {
    let warm = briefState(articles.slice(0, 5));
    for (let i = 5; i < 8; i++) warm = updateBrief(warm, articles[i] as (typeof articles)[number]);
  }
  if (!withUpdate) {
    const cpu = cpuOf(() => briefFromArticles(articles));
    return { articles: size, cpu, rssMb: process.resourceUsage().maxRSS / 1024 };
  }
  const story = articles.slice(0, size);
  const added = articles[size];
  if (added === undefined) throw new Error('no article to add');
  let state = briefState(story);
  const cpu = cpuOf(() => (state = briefState(story)));
  const update = cpuOf(() => updateBrief(state, added));
  const full = cpuOf(() => briefFromArticles(articles.slice(0, size + 1)));
  return { articles: size, cpu, rssMb: process.resourceUsage().maxRSS / 1024, update, full };
}

function inChild(size: number, withUpdate: boolean): ScaleFigures {
  const script = fileURLToPath(import.meta.url);
  const args = [script, '--child', String(size), ...(withUpdate ? ['--update'] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`brief-scale ${size}: exit ${String(run.status)}: ${run.stderr}`);
  return JSON.parse(run.stdout) as ScaleFigures;
}

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
    `  one article added to ${updateAt}: ${(update.update ?? NaN).toFixed(3)} CPU-s (full brief ${(update.full ?? NaN).toFixed(2)} CPU-s, ratio ${((update.update ?? NaN) / (update.full ?? NaN)).toFixed(2)})\n`,
  );
  return { sizes: figures, update };
}

const argv = process.argv.slice(2);
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = argv.indexOf('--child');
  if (at >= 0) process.stdout.write(JSON.stringify(child(Number(argv[at + 1]), argv.includes('--update'))));
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
    process.stdout.write(
      `one added article at ${update.articles}: ${(update.update ?? NaN).toFixed(3)} CPU-s, full brief ${(update.full ?? NaN).toFixed(3)} CPU-s, ratio ${((update.update ?? NaN) / (update.full ?? NaN)).toFixed(3)}\n`,
    );
  }
}
