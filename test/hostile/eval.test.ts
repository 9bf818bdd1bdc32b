/**
 * The hostile corpus (test/hostile/corpus.ts) through `lagebild eval` as its data file: every task that reads a
 * data file or folder (`--data`) meets each hostile file and answers with a usage error naming the file (exit 2,
 * nothing on stdout): none of them is a data set, an empty one included (it used to score zeros, exit 0; and a file
 * given to `eval dates` for its folder crashed with ENOTDIR). It never crashes (no exception but the command's own
 * exit) and never leaves a file unanswered. In process (the eval command group), the files written to a temporary folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerEval } from '../../src/cli/eval-command.js';
import { EXIT, type CliIo, type ExitCode } from '../../src/cli/io.js';
import { hostileCorpus } from './corpus.js';

const SCALE = 0.01;
const corpus = hostileCorpus(SCALE);
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lagebild-hostile-eval-'));
  for (const input of corpus) writeFileSync(join(dir, input.file), input.content);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Answer {
  readonly code: ExitCode | undefined;
  readonly out: string;
  readonly err: string;
}

/** `lagebild eval <args>` in process: the exit code it reports, or the one of the CommanderError it throws. */
async function evalRun(args: readonly string[]): Promise<Answer> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (s: string) => void (out += s) },
    stderr: { write: (s: string) => void (err += s), isTTY: false },
    readStdin: () => Promise.resolve(new Uint8Array()),
    stdinIsTTY: true,
  };
  let code: ExitCode | undefined;
  const program = new Command('lagebild').exitOverride();
  registerEval(program, io, (c) => (code = c));
  try {
    await program.parseAsync(['eval', ...args], { from: 'user' });
  } catch (error) {
    // the command's own exit (a failure without a done callback); anything else is a crash and fails the test
    if (!(error instanceof CommanderError)) throw error;
    code ??= error.exitCode as ExitCode;
  }
  return { code, out, err };
}

/** Every task that reads `--data` (a file, or a folder: given a file, it must say so, not crash). */
const TASKS = [
  'summarize',
  'extract',
  'cluster',
  'similarity',
  'quotes',
  'dates',
  'meta',
  'entities',
] as const;

describe('the hostile corpus as the data file of lagebild eval', () => {
  for (const task of TASKS) {
    it(`eval ${task}: every hostile data file is refused by name (exit 2); nothing crashes`, async () => {
      const answers = new Map<string, Answer>();
      for (const input of corpus)
        answers.set(input.file, await evalRun([task, '--data', join(dir, input.file)]));
      expect(answers.size).toBe(corpus.length);
      // no hostile file is a data set: each is refused by name (an empty one too: no zeros scored for nothing)
      for (const [file, answer] of answers) {
        expect(answer.code, `${file}: ${answer.err.slice(0, 300)}`).toBe(EXIT.usage);
        expect(answer.err, file).toContain(join(dir, file));
        expect(answer.out, file).toBe('');
        expect(answer.err, file).not.toMatch(/Maximum call stack|heap out of memory|\n\s+at /u);
      }
    });
  }
});
