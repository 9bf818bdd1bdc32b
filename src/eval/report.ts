/** Terminal tables, JSON shapes and progress reporting of the evaluation commands. */
import cliProgress from 'cli-progress';
import type { OutputStream } from '../cli/io.js';
import type { ExtractReport } from './extract.js';
import type { SummarizeReport } from './multinews.js';
import { ROUGE_TYPES } from './rouge.js';

/** The first `left` columns left-aligned, the others right-aligned, two spaces apart. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], left = 1): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r
      .map((cell, c) => (c < left ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

const pct = (x: number): string => (100 * x).toFixed(2);
const dec = (x: number): string => x.toFixed(3);

export function summarizeTable(report: SummarizeReport, notes: readonly string[] = []): string {
  const rows = Object.entries(report.systems).map(([name, s]) => [
    name,
    pct(s.scores.rouge1.f),
    pct(s.scores.rouge2.f),
    pct(s.scores.rougeL.f),
    pct(s.scores.rougeLsum.f),
    `${pct(s.scores.rouge1.p)}/${pct(s.scores.rouge1.r)}`,
    s.failures > 0 ? String(s.failures) : '',
    s.seconds.toFixed(1),
  ]);
  const title = `summarize ${report.dataset}: ${report.n} clusters, ${report.words} words, ROUGE F1 ×100 (${report.scorer})\n`;
  const body = table(['system', 'R-1', 'R-2', 'R-L', 'R-Lsum', 'R-1 P/R', 'failed', 'seconds'], rows);
  return title + body + notes.map((n) => `note: ${n}\n`).join('');
}

export function extractTable(report: ExtractReport): string {
  const languages =
    report.format === 'trafilatura'
      ? Object.keys(Object.values(report.systems)[0]?.byLanguage ?? {}).slice(0, 3)
      : [];
  const header = ['system', 'P', 'R', 'F1', ...languages.map((l) => `${l} F1 (R)`), 'failed', 'seconds'];
  const rows = Object.entries(report.systems).map(([name, s]) => [
    name,
    dec(s.p),
    dec(s.r),
    dec(s.f),
    ...languages.map((l) => {
      const x = s.byLanguage?.[l];
      return x === undefined ? '' : `${dec(x.f)} (${dec(x.r)})`;
    }),
    s.failures > 0 ? String(s.failures) : '',
    s.stored === true ? 'stored' : s.seconds.toFixed(1),
  ]);
  const metric =
    report.format === 'trafilatura'
      ? 'with/without snippets, micro P/R/F1; R = share of real-text snippets kept'
      : '4-gram shingles, P/R means over pages, F1 of the means';
  const title = `extract ${report.dataset}: ${report.n} pages, ${metric}\n`;
  return title + table(header, rows) + report.notes.map((n) => `note: ${n}\n`).join('');
}

type Prf = { readonly p: number; readonly r: number; readonly f: number };

/** The `--json` shape of `eval summarize`. */
export function summarizeJson(report: SummarizeReport, notes: readonly string[] = []): object {
  const systems: Record<string, Record<string, Prf>> = {};
  for (const [name, s] of Object.entries(report.systems)) {
    systems[name] = Object.fromEntries(ROUGE_TYPES.map((t) => [t, s.scores[t]]));
  }
  return {
    task: report.task,
    dataset: report.dataset,
    n: report.n,
    words: report.words,
    scorer: report.scorer,
    systems,
    notes,
  };
}

/** The `--json` shape of `eval extract`. */
export function extractJson(report: ExtractReport): object {
  const systems: Record<string, object> = {};
  for (const [name, s] of Object.entries(report.systems)) {
    systems[name] = {
      p: s.p,
      r: s.r,
      f: s.f,
      ...(s.byLanguage !== undefined ? { byLanguage: s.byLanguage } : {}),
      ...(s.stored === true ? { stored: true } : {}),
      failures: s.failures,
    };
  }
  return { task: report.task, dataset: report.dataset, n: report.n, systems, notes: report.notes };
}

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A bar (cli-progress) when the stream is a terminal; otherwise a plain line at every 10 %. */
export function progress(stream: OutputStream, label: string): Progress {
  if (stream.isTTY === true) {
    const bar = new cliProgress.SingleBar(
      {
        stream: stream as unknown as NodeJS.WritableStream,
        format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta}s`,
        clearOnComplete: true,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastDecile = -1;
  return {
    update(done, total) {
      const decile = total === 0 ? 10 : Math.floor((10 * done) / total);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${label}: ${decile * 10}% (${done}/${total})\n`);
      }
    },
    stop() {},
  };
}
