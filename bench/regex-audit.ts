/**
 * A pattern audit, by the clock (so not a test): every regular expression of src — the literals, the patterns the
 * rule tables compile to, and those built at run time while the example story is briefed — is matched globally
 * against probes made of pieces of itself (its literal runs, alone, repeated, around a long run of spaces, letters,
 * digits or dots, with and without a character after) at 2 000 and 8 000 characters. A pattern whose time grows
 * more than 8× (quadratic: 16×) and reaches 15 ms is printed with its probe, to be read: `recheck` (the ReDoS test)
 * models one match from one start, and missed patterns that are quadratic because every start of a long run is
 * tried again (session 27: a Markdown heading's closing hashes, strong emphasis, a notice's sentence ends, the word
 * before a year, a URL's trailing slashes). Many it prints are bounded where they run (lines reach the cleaning
 * rules with white space collapsed; page metadata and byline patterns see short values); the ReDoS test's `KNOWN`
 * list says why.
 *
 *   node dist/bench/regex-audit.js [src-folder …]   (default: src)
 */
import { fileURLToPath } from 'node:url';
import type { FoundPattern } from '../test/support/patterns.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The patterns built with `RegExp(…)` while `run` runs (module constants of modules it imports first included). */
async function builtAtRunTime(run: () => Promise<void>): Promise<FoundPattern[]> {
  const seen = new Map<string, FoundPattern>();
  const original = globalThis.RegExp;
  const note = (re: RegExp): RegExp => {
    seen.set(`/${re.source}/${re.flags}`, { where: 'built at run time', source: re.source, flags: re.flags });
    return re;
  };
  globalThis.RegExp = new Proxy(original, {
    construct: (target, args, newTarget) => note(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => note(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = original;
  }
  return [...seen.values()];
}

/** The runs of literal characters in a pattern's source (escapes of special characters read as the character). */
function literalRuns(source: string): string[] {
  const out = new Set<string>();
  let run = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\' && i + 1 < source.length) {
      const next = source[i + 1] as string;
      if ('.*+?()[]{}|^$\\/-'.includes(next)) run += next;
      else {
        if (run !== '') out.add(run);
        run = '';
      }
      i++;
      continue;
    }
    if ('.*+?()[]{}|^$'.includes(c)) {
      if (run !== '') out.add(run);
      run = '';
      continue;
    }
    run += c;
  }
  if (run !== '') out.add(run);
  return [...out].filter((r) => r.length <= 8);
}

const GENERIC = [
  ' ',
  'a',
  'A',
  'Ab ',
  '.',
  '. ',
  '1',
  '12.',
  '\n',
  '"',
  '„',
  '“',
  '<',
  '>',
  '(',
  ')',
  '[',
  ']',
];
const RUNS = [' ', 'a', 'A', '1', '.', '-', 'Ab'];
const END = '\u0001';

/** Probes of `length` characters (about) for a pattern: pieces of it repeated, and pieces around a long run. */
function probes(source: string): ((length: number) => string)[] {
  const pieces = literalRuns(source);
  const units = new Set([...pieces, ...GENERIC]);
  for (const p of pieces) for (const b of [' ', 'a', 'A', '.', '1', 'a ']) units.add(p + b).add(b + p);
  const out: ((length: number) => string)[] = [...units].map(
    (u) => (length) => u.repeat(Math.ceil(length / u.length)).slice(0, length) + END,
  );
  for (const r of RUNS)
    for (const p of [...pieces, ')', '"', '.', ',', 'A', ' ']) {
      const body = (length: number): string => r.repeat(Math.ceil(length / r.length));
      out.push(
        (length) => p + body(length) + END,
        (length) => p + body(length),
        (length) => body(length) + p + END,
        (length) => body(length) + p,
      );
    }
  return out;
}

function millis(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

interface Suspect extends FoundPattern {
  readonly probe: string;
  readonly small: number;
  readonly large: number;
}

/** The patterns whose time grows more than 8× from 2 000 to 8 000 characters and reaches 15 ms. */
export function auditPatterns(patterns: readonly FoundPattern[]): Suspect[] {
  const suspects: Suspect[] = [];
  for (const f of patterns) {
    let re: RegExp;
    try {
      re = new RegExp(f.source, f.flags.includes('g') ? f.flags : `${f.flags}g`);
    } catch {
      continue;
    }
    let worst: Suspect | undefined;
    for (const probe of probes(f.source)) {
      const time = (length: number): number => {
        const text = probe(length);
        re.lastIndex = 0;
        return millis(() => void text.replace(re, ''));
      };
      const small = time(2000);
      if (small < 0.3) continue;
      const large = time(8000);
      if (large > 15 && large / small > 8 && (worst === undefined || large > worst.large))
        worst = { ...f, probe: JSON.stringify(probe(24)), small, large };
    }
    if (worst !== undefined) suspects.push(worst);
  }
  return suspects;
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  // Everything imported inside, so that the patterns modules build when they load are seen too.
  let tools: typeof import('../test/support/patterns.js') | undefined;
  const runtime = await builtAtRunTime(async () => {
    tools = await import('../test/support/patterns.js');
    const { briefFromDocuments } = await import('../src/brief/index.js');
    const { ingest } = await import('../src/ingest/index.js');
    const example = fileURLToPath(new URL('../../examples/kim-putin-2019/', import.meta.url));
    briefFromDocuments((await ingest([example], {})).documents);
  });
  if (tools === undefined) throw new Error('the pattern tools did not load');
  const { compiledTablePatterns, distinctPatterns, regexLiterals } = tools;
  const patterns = distinctPatterns([
    ...(dirs.length > 0 ? dirs : ['src']).flatMap((dir) => regexLiterals(ROOT, dir)),
    ...compiledTablePatterns(),
    ...runtime,
  ]);
  const suspects = auditPatterns(patterns);
  for (const s of suspects)
    process.stdout.write(
      `${s.where} /${s.source}/${s.flags}: ${s.small.toFixed(1)} → ${s.large.toFixed(1)} ms (probe ${s.probe}…)\n`,
    );
  process.stdout.write(
    `${String(patterns.length)} patterns, ${String(suspects.length)} growing faster than linear\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
