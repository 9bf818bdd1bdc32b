import { InvalidArgumentError, Option } from 'commander';
import { languageTagProblem, normaliseLanguageTag } from '../lang/index.js';
import { FORMATS, type OutputFormat } from '../render/index.js';

const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** "5MB", "500kb", "1048576" → bytes. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/iu.exec(value);
  const factor = m ? UNITS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || factor === undefined)
    throw new InvalidArgumentError(`expected a size like 5MB, 500KB or 1048576, got "${value}"`);
  const bytes = Math.round(Number(m[1]) * factor);
  if (bytes < 1) throw new InvalidArgumentError('the size must be at least 1 byte');
  return bytes;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/u.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  }
  return n;
}

export function parseFormat(value: string): OutputFormat {
  const f = value.toLowerCase() === 'markdown' ? 'md' : value.toLowerCase();
  if (!(FORMATS as readonly string[]).includes(f)) {
    throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}, got "${value}"`);
  }
  return f as OutputFormat;
}

/** --format wins; else the extension of --out (`.json`, `.html`, `.htm`, `.md`); else Markdown, on a terminal, into a pipe or into a file of any other name. */
export function resolveFormat(explicit: OutputFormat | undefined, out: string | undefined): OutputFormat {
  if (explicit) return explicit;
  const ext = out?.toLowerCase().split('.').pop();
  if (ext === 'json' || ext === 'html' || ext === 'md') return ext;
  if (ext === 'htm') return 'html';
  return 'md';
}

/**
 * `--lang`: a language tag → its ISO 639-1 code (`de-AT` → `de`, `EN` → `en`); `auto` → undefined (detect). Anything
 * else (`123`, `xx-!!`, `xx`) is a usage error that names the option, raised while the arguments are parsed, so
 * before any input is read.
 */
export function parseLanguage(value: string): string | undefined {
  if (value.trim().toLowerCase() === 'auto') return undefined;
  const problem = languageTagProblem(value);
  if (problem !== undefined)
    throw new InvalidArgumentError(
      `${problem}; give an ISO 639-1 code such as de or en (a region is ignored: de-AT)`,
    );
  return normaliseLanguageTag(value);
}

/** The `--lang <code>` option of every command that takes one, checked by {@link parseLanguage}. */
export function languageOption(description: string): Option {
  return new Option('--lang <code>', description).argParser(parseLanguage);
}

/**
 * `--budget`: seconds as a positive number ("60", "0.5") → milliseconds. Anything else (`0`, `-1`, `ten`, `10s`) is a
 * usage error that names what is expected, raised while the arguments are parsed.
 */
export function parseBudget(value: string): number {
  const seconds = Number(value);
  if (!/^\s*\d+(?:\.\d+)?\s*$/u.test(value) || !Number.isFinite(seconds) || seconds <= 0)
    throw new InvalidArgumentError(`expected a positive number of seconds, like 60 or 0.5, got "${value}"`);
  return seconds * 1000;
}

/** The `--budget <seconds>` option of every command that reads inputs, checked by {@link parseBudget}. */
export function budgetOption(
  description = 'time one input may take to be read, and each of its documents to be cleaned and analysed, ' +
    'before it is refused as "too slow to read" (default 60)',
): Option {
  return new Option('--budget <seconds>', description).argParser(parseBudget);
}

/**
 * `--max-memory`: megabytes as a whole number of at least 16 ("512") → MB. Anything else (`0`, `8`, `1.5`, `lots`,
 * `512MB`) is a usage error that names what is expected, raised while the arguments are parsed.
 */
export function parseMemory(value: string): number {
  const mb = Number(value);
  if (!/^\s*\d+\s*$/u.test(value) || !Number.isSafeInteger(mb) || mb < MIN_MEMORY_MB)
    throw new InvalidArgumentError(
      `expected a whole number of megabytes of at least ${String(MIN_MEMORY_MB)}, like 512, got "${value}"`,
    );
  return mb;
}

/** Below this a reader cannot even load (the worker's own code needs about 10 MB of heap). */
export const MIN_MEMORY_MB = 16;

/** The `--max-memory <MB>` option of every command that reads whole inputs, checked by {@link parseMemory}. */
export function memoryOption(): Option {
  return new Option(
    '--max-memory <MB>',
    'heap one input of 16 KB or more may use in a worker thread (its reading, and the cleaning and analysis of ' +
      'its documents of 64 K characters or more) before it is refused as "too large to read" (default 512)',
  ).argParser(parseMemory);
}
