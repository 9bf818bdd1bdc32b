import { Command, Option } from 'commander';
import type { CleanArticle } from '../core/types.js';
import { documentBudget, ingestOptions, readInputs, type ReadFlags } from './brief-command.js';
import { withLanguage } from '../ingest/index.js';
import { budgetOption, languageOption, memoryOption, parseSize } from './args.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';
import { reportErrors } from './report.js';

interface CleanFlags extends ReadFlags {
  readonly format: 'text' | 'json';
  readonly crossDoc: boolean;
  readonly lang?: string;
}

function describe(a: CleanArticle): string {
  const meta = Object.entries(a.meta)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(' | ');
  const blocks = a.blocks.map((b) => {
    const text = a.text.slice(b.start, b.end);
    return b.kind === 'paragraph' ? text : `[${b.kind}] ${text}`;
  });
  const removed = a.removed.map((r) => `  - [${r.reason}] ${r.text}`);
  return [
    `=== ${a.file ?? a.id}`,
    ...(meta !== '' ? [meta] : []),
    '',
    blocks.join('\n\n'),
    '',
    `--- removed (${a.removed.length})`,
    ...removed,
    '',
  ].join('\n');
}

async function runClean(inputs: readonly string[], flags: CleanFlags, io: CliIo): Promise<ExitCode> {
  const read = await readInputs(inputs, ingestOptions(flags, io, flags.lang), io);
  if (typeof read === 'string') {
    io.stderr.write(`lagebild: ${read}\n`);
    return EXIT.usage;
  }
  const { cleanDocumentsWithin, normaliseCleanOptions } = await import('../clean/index.js');
  const documents = flags.lang === undefined ? read.documents : withLanguage(read.documents, flags.lang);
  const cleaned = cleanDocumentsWithin(
    documents,
    normaliseCleanOptions({ crossDocument: flags.crossDoc }),
    documentBudget(flags, io),
  );
  const { articles } = cleaned;
  const errors = [...read.errors, ...cleaned.errors];
  reportErrors(io.stderr, errors, read.documents.length + read.errors.length);
  if (flags.format === 'json') io.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
  else io.stdout.write(articles.map(describe).join('\n'));
  if (articles.length === 0) return EXIT.usage;
  return errors.length > 0 ? EXIT.partial : EXIT.ok;
}

export function cleanCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  return new Command('clean')
    .description('show the cleaned text of each input and every removed line with its reason')
    .argument('[inputs...]', 'files or folders (read recursively); - or nothing reads stdin')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .option('--max-size <size>', 'skip files larger than this (default 5MB)', parseSize)
    .addOption(budgetOption())
    .addOption(memoryOption())
    .option('--no-cross-doc', 'do not remove short lines that repeat across the inputs')
    .addOption(
      languageOption('language of every input (ISO 639-1: de, en, de-AT), instead of its declared one'),
    )
    .action(async (inputs: string[], flags: CleanFlags) => done(await runClean(inputs, flags, io)));
}
