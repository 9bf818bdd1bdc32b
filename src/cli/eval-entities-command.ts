/**
 * `lagebild eval entities --data DIR`: people, places and organisations on GermEval 2014 (ner-de; see
 * src/eval/entities.ts for the scorer). `--errors FILE` writes the dev sentences' missed and false entities as
 * JSON lines (held-out sentences never). Exit code 2 when the data is missing or malformed.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import { progress } from './eval-progress.js';

interface EntitiesFlags {
  readonly data: string;
  readonly json?: boolean;
  readonly limit?: number;
  readonly errors?: string;
}

export async function runEntities(flags: EntitiesFlags, io: CliIo): Promise<ExitCode> {
  const [{ DataError }, { entitiesEval }, { entitiesTable }] = await Promise.all([
    import('../eval/errors.js'),
    import('../eval/entities-run.js'),
    import('../eval/entities-report.js'),
  ]);
  const bar = progress(io.stderr, 'eval entities');
  const lines: string[] = [];
  try {
    const report = await entitiesEval(
      { data: flags.data, ...(flags.limit !== undefined ? { limit: flags.limit } : {}) },
      (done, total) => bar.update(done, total),
      flags.errors !== undefined
        ? (_sentence, detail) => {
            if (detail.missed.length + detail.falseOnes.length + detail.inexact.length > 0)
              lines.push(JSON.stringify(detail));
          }
        : undefined,
    );
    bar.stop();
    if (flags.errors !== undefined) writeFileSync(flags.errors, lines.join('\n') + '\n');
    io.stdout.write(flags.json === true ? JSON.stringify(report, null, 2) + '\n' : entitiesTable(report));
    return EXIT.ok;
  } catch (error) {
    bar.stop();
    if (!(error instanceof DataError)) throw error;
    io.stderr.write(`lagebild eval: ${error.message}\n`);
    return EXIT.usage;
  }
}

/** Adds `entities` to the `eval` command group. */
export function registerEvalEntities(
  group: Command,
  io: CliIo,
  finish: (code: ExitCode) => void,
  positiveInt: (value: string) => number,
): void {
  group
    .command('entities')
    .description(
      'people, places, organisations on GermEval 2014 (ner-de): exact outer spans, dev and held-out',
    )
    .requiredOption('--data <path>', 'the ner-de folder (NER-de-dev.tsv) or one GermEval TSV file')
    .option('--json', 'print the scores as JSON')
    .option('--limit <n>', 'only the first n sentences', positiveInt)
    .option('--errors <file>', "write the dev sentences' missed and false entities (JSON lines)")
    .action(async (flags: EntitiesFlags) => finish(await runEntities(flags, io)));
}
