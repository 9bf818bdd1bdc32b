import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { EXIT, type CliIo, type ExitCode } from '../../src/cli/io.js';
import { registerEval, runAllCommand } from '../../src/cli/eval-command.js';
import { progress } from '../../src/cli/eval-progress.js';
import { emptyResult, runAll, summaryTable } from '../../src/eval/all.js';
import { checkFloors, FLOORS, meets } from '../../src/eval/floors.js';
import { table } from '../../src/eval/report.js';
import { breakSentences } from '../../src/eval/sentences.js';

interface Captured {
  readonly io: CliIo;
  readonly out: () => string;
  readonly err: () => string;
}

function capture(isTTY = false): Captured {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (s: string) => void (out += s) },
      stderr: { write: (s: string) => void (err += s), isTTY },
      readStdin: () => Promise.resolve(new Uint8Array()),
      stdinIsTTY: true,
    },
    out: () => out,
    err: () => err,
  };
}

async function run(args: string[], c: Captured): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = new Command('lagebild').exitOverride();
  registerEval(program, c.io, (x) => (code = x));
  await program.parseAsync(args, { from: 'user' });
  return code;
}

const docs = [
  'The storm hit the coast on Monday. Thousands of homes lost power. Officials opened shelters.',
  'A powerful storm hit the coast on Monday, cutting power to thousands of homes. Shelters were opened.',
];

function multinewsFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
  const file = join(dir, 'clusters.jsonl');
  const line = (id: string): string =>
    JSON.stringify({
      id,
      documents: docs,
      summary: '– A storm hit the coast on Monday and cut power to thousands.',
    });
  writeFileSync(file, `${line('a')}\n${line('b')}\n`);
  return file;
}

describe('eval summarize', () => {
  it('prints the JSON shape and writes one JSONL file per system', async () => {
    const c = capture();
    const out = join(mkdtempSync(join(tmpdir(), 'eval-out-')), 'outputs');
    const code = await run(
      ['eval', 'summarize', '--data', multinewsFile(), '--words', '12', '--json', '--out', out],
      c,
    );
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(c.out()) as {
      task: string;
      n: number;
      words: number;
      systems: Record<string, Record<string, { p: number; r: number; f: number }>>;
    };
    expect(report).toMatchObject({
      task: 'summarize',
      dataset: expect.stringContaining('clusters.jsonl'),
      n: 2,
      words: 12,
    });
    for (const name of ['lead', 'first3', 'textrank', 'lexrank', 'random', 'oracle']) {
      expect(Object.keys(report.systems[name]!)).toEqual(['rouge1', 'rouge2', 'rougeL', 'rougeLsum']);
      const lines = readFileSync(join(out, `${name}.jsonl`), 'utf8')
        .trim()
        .split('\n');
      expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'b']);
    }
    expect(c.err()).toContain('100%');
  });

  it('prints a table by default, with --limit', async () => {
    const c = capture();
    expect(await run(['eval', 'summarize', '--data', multinewsFile(), '--limit', '1'], c)).toBe(EXIT.ok);
    expect(c.out()).toMatch(/1 clusters, 250 words/);
    expect(c.out()).toMatch(/^oracle\s/m);
  });

  it('a missing data file or bad JSON is exit code 2 with a message', async () => {
    const c = capture();
    expect(await run(['eval', 'summarize', '--data', '/nonexistent/x.jsonl'], c)).toBe(EXIT.usage);
    expect(c.err()).toMatch(/cannot read \/nonexistent\/x\.jsonl/);
    const bad = join(mkdtempSync(join(tmpdir(), 'eval-bad-')), 'bad.jsonl');
    writeFileSync(bad, '{"id": "x", "documents": [\n');
    const d = capture();
    expect(await run(['eval', 'summarize', '--data', bad], d)).toBe(EXIT.usage);
    expect(d.err()).toMatch(/bad\.jsonl:1: not valid JSON/);
    expect(d.out()).toBe('');
  });

  it('without a done callback a failure throws a CommanderError with exit code 2', async () => {
    const c = capture();
    const program = new Command('lagebild').exitOverride();
    registerEval(program, c.io);
    await expect(
      program.parseAsync(['eval', 'extract', '--data', '/nonexistent'], { from: 'user' }),
    ).rejects.toSatisfy((e: unknown) => e instanceof CommanderError && e.exitCode === 2);
    expect(c.err()).toMatch(/not an extraction data set/);
  });
});

function snippetSet(root: string): void {
  const dir = join(root, 'extract-trafilatura');
  mkdirSync(join(dir, 'html'), { recursive: true });
  const body =
    '<p>Die Forscher haben in der Studie gezeigt, dass die neue Methode deutlich besser funktioniert als alle bisherigen Ansätze.</p>' +
    '<p>Außerdem wurde festgestellt, dass die Ergebnisse auch in anderen Ländern gelten und sich über viele Jahre kaum verändert haben.</p>';
  writeFileSync(
    join(dir, 'html', 'a.html.gz'),
    gzipSync(Buffer.from(`<html><body><nav>Start</nav><article>${body}</article></body></html>`)),
  );
  writeFileSync(
    join(dir, 'evaldata.json'),
    JSON.stringify({ 'http://a': { file: 'a.html', with: ['neue Methode deutlich'], without: ['Start'] } }),
  );
  writeFileSync(join(dir, 'lang_guess.json'), JSON.stringify({ 'http://a': 'de' }));
}

describe('eval extract', () => {
  it('prints the JSON shape with per-language figures', async () => {
    const root = mkdtempSync(join(tmpdir(), 'eval-x-'));
    snippetSet(root);
    const c = capture();
    expect(await run(['eval', 'extract', '--data', join(root, 'extract-trafilatura'), '--json'], c)).toBe(
      EXIT.ok,
    );
    const report = JSON.parse(c.out()) as {
      task: string;
      n: number;
      systems: Record<string, { f: number; byLanguage: object }>;
    };
    expect(report).toMatchObject({ task: 'extract', dataset: 'extract-trafilatura', n: 1 });
    expect(report.systems.readability).toMatchObject({ r: 1, byLanguage: { de: { n: 1 } } });
  });
});

describe('npm run eval (runAll)', () => {
  it('runs what is present and skips missing folders with a note', async () => {
    const root = mkdtempSync(join(tmpdir(), 'eval-all-'));
    snippetSet(root);
    mkdirSync(join(root, 'multinews'));
    writeFileSync(join(root, 'multinews', 'clusters.jsonl'), readFileSync(multinewsFile()));
    const labels = new Set<string>();
    const done: string[] = [];
    const result = await runAll(
      { dataRoot: root, words: 20 },
      { onProgress: (label) => labels.add(label), onTaskDone: (d) => done.push(d.task) },
    );
    expect(result.summarize).toHaveLength(1);
    expect(result.extract).toHaveLength(1);
    expect(result.notes.join('\n')).toMatch(/skipped extract extract-scrapinghub/);
    // the Multi-News file is also a clustering set
    expect(done).toEqual(['summarize', 'extract', 'cluster']);
    expect([...labels]).toEqual(['eval summarize', 'eval extract', 'eval cluster']);
    expect(summaryTable(result)).toMatch(/extract extract-trafilatura \(1\)\s+readability/);
    // Through the command: tables on stdout, progress on stderr.
    const c = capture();
    expect(await run(['eval', 'all', '--data-root', root, '--words', '20', '--no-check'], c)).toBe(EXIT.ok);
    expect(c.out()).toContain('summary (data:');
    expect(c.out()).toMatch(/^cluster multinews\/clusters\.jsonl: \d+ articles/m);
    expect(c.err()).toMatch(/eval summarize: 100%/);
  });

  it('a missing data root is a note, not a failure', async () => {
    const c = capture();
    const code = await runAllCommand({ dataRoot: '/nonexistent/data', json: true }, c.io);
    expect(code).toBe(EXIT.ok);
    const printed = JSON.parse(c.out()) as { notes: string[]; floorsFailed: number };
    expect(printed.notes[0]).toMatch(/no data folder/);
    expect(printed.floorsFailed).toBe(0);
    expect(existsSync('/nonexistent/data')).toBe(false);
  });
});

describe('npm run eval checks the floors', () => {
  it('a figure below its floor is exit 1 with the figure named; --no-check only reports', async () => {
    const root = mkdtempSync(join(tmpdir(), 'eval-floor-'));
    mkdirSync(join(root, 'multinews'));
    // two clusters at 250 words: the floor wants the 98 clusters of the real set, and lead's ROUGE differs
    writeFileSync(join(root, 'multinews', 'clusters.jsonl'), readFileSync(multinewsFile()));
    const c = capture();
    expect(await run(['eval', 'all', '--data-root', root], c)).toBe(EXIT.partial);
    expect(c.out()).toMatch(/^ {2}BELOW summarize multinews: 98 clusters: 2 \(= 98\)$/m);
    expect(c.out()).toMatch(/^ {2}BELOW cluster pooled Multi-News: 271 articles: \d+ \(= 271\)$/m);
    expect(c.out()).toMatch(
      /^ {2}not checked \(data absent\) cluster MMDS2025 dev: BCubed F1: \(≥ 0\.86\)$/m,
    );
    const [, held, checked] =
      /^floors: (\d+) of (\d+) checked figures hold, \d+ not checked$/m.exec(c.out()) ?? [];
    expect(Number(checked) - Number(held)).toBeGreaterThanOrEqual(5);
    expect(c.err()).toMatch(/\d+ figure\(s\) below their floor/);
    const d = capture();
    expect(await run(['eval', 'all', '--data-root', root, '--no-check'], d)).toBe(EXIT.ok);
    expect(d.out()).not.toContain('floors:');
  });

  it('min, exclusive upper bound and target ± tolerance', () => {
    const floor = (f: Partial<(typeof FLOORS)[number]>) => ({ name: 'x', value: () => undefined, ...f });
    expect(meets(floor({ min: 0.95 }), 0.95)).toBe(true);
    expect(meets(floor({ min: 0.95 }), 0.9499)).toBe(false);
    expect(meets(floor({ below: 0.95 }), 0.95)).toBe(false);
    expect(meets(floor({ below: 0.95 }), 0.94)).toBe(true);
    expect(meets(floor({ target: 42.52, tolerance: 0.1 }), 42.6)).toBe(true);
    expect(meets(floor({ target: 42.52, tolerance: 0.1 }), 42.63)).toBe(false);
    expect(meets(floor({ min: 0.7 }), Number.NaN)).toBe(false);
  });

  it('every floor of the former shared-data tests is there, and none is checked without data', () => {
    const names = FLOORS.map((f) => f.name).join('\n');
    for (const what of [
      'rouge-score 0.1.2 rouge1',
      'readability_js (stored)',
      'trafilatura (stored)',
      'MMDS2025',
    ]) {
      expect(names).toContain(what);
    }
    expect(names).toMatch(/de-de: Pearson \(calibrated\)/);
    const empty = emptyResult('/x');
    expect(checkFloors(empty).every((c) => c.ok === undefined && c.value === undefined)).toBe(true);
  });
});

describe('report helpers', () => {
  it('table aligns columns', () => {
    expect(table(['a', 'bb'], [['xyz', '1']])).toBe('a    bb\n---  --\nxyz   1\n');
  });

  it('plain progress lines at 0 % and every 10 %', () => {
    const c = capture(false);
    const p = progress(c.io.stderr, 'x');
    for (let i = 1; i <= 20; i++) p.update(i, 20);
    p.stop();
    expect(c.err().trim().split('\n')).toHaveLength(11);
  });

  it('breakSentences keeps every word, breaking only between words', () => {
    const text = 'It was preserved.Then it left. Next one here. • A bullet';
    const broken = breakSentences(text);
    expect(broken.split(/\s+/)).toEqual(text.split(/\s+/));
    expect(broken).toContain('\nNext one here.');
  });
});
