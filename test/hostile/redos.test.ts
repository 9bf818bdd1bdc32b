/**
 * Catastrophic backtracking in the rule tables, checked by `recheck` (a ReDoS checker: it finds an attack string
 * for exponential and for polynomial — e.g. quadratic — backtracking, offline). Checked: every regular-expression
 * literal in the language tables (src/lang), the cleaning rules (src/clean), the sentence rules (src/analyse), the
 * compare stage (src/compare, since session 26: a date's passage with a 200 000-letter token took 18 CPU-s) and the
 * clusterer (src/cluster), the story stage (src/brief, src/summarise), the read stage (src/ingest: its quadratic
 * patterns are known, below, and bounded by the read worker),
 * every pattern the cleaning tables compile to (wildcard entries, the inline-marker runs) and those the noun-ending
 * tables compile to (src/compare/noun-endings.ts). Exponential is never
 * allowed; a polynomial one only when it is in `KNOWN` below with the reason its input is bounded.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  compiledTablePatterns,
  distinctPatterns,
  regexLiterals,
  type FoundPattern,
} from '../support/patterns.js';

interface Diagnostics {
  readonly status: 'safe' | 'vulnerable' | 'unknown';
  readonly complexity?: { readonly type: string };
  readonly attack?: { readonly pattern: string };
  readonly error?: { readonly kind: string };
}
// recheck is CommonJS; loaded by `require` (it then runs its bundled checker in this process).
const { checkSync } = createRequire(import.meta.url)('recheck') as {
  checkSync: (source: string, flags: string, params?: { timeout?: number }) => Diagnostics;
};

const ROOT = new URL('../../', import.meta.url).pathname;
const DIRS = [
  'src/lang',
  'src/clean',
  'src/analyse',
  'src/compare',
  'src/cluster',
  'src/brief',
  'src/summarise',
  'src/ingest',
];

/**
 * The read stage's patterns (src/ingest: decoding, format sniffing, page metadata, text headings) run in the read
 * worker for every input of 16 KB and more, under its hard time limit (`src/ingest/read-pool.ts`); a smaller input
 * bounds the run by its size. Polynomial, left: making them linear is listed in issue 17's note.
 */
const READ_STAGE =
  "read stage: the read worker's hard time limit for inputs of 16 KB and more, below that the input size";

/**
 * Polynomial (not exponential) backtracking known and accepted, with the reason the input stays small. Key:
 * `/source/flags`. A new polynomial pattern fails the test until it is made linear or listed here with its reason.
 */
const KNOWN: Readonly<Record<string, string>> = {
  '/(?:\\s+\\p{Ll}{2,3})?[\\s,·|–—-]*\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|\\p{L}+\\s)\\s?\\d{4}(?:,?\\s+\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?)?\\s*$/u':
    READ_STAGE,
  '/<\\/?(?:p|div|span|a|br|li|ul|h[1-6]|table|tr|td|script|style|meta|link|img|section|article|b|i|em|strong)\\b[^>]*>/giu':
    READ_STAGE,
  '/<meta\\b[^>]*?\\bcharset\\s*=\\s*["\']?\\s*([\\w.:-]+)/iu': READ_STAGE,
  '/\\s*(?:,|\\bund\\b|\\band\\b)\\s*/u': READ_STAGE,
  '/\\s*,\\s*/u': READ_STAGE,
  '/\\s*[/,]\\s*/u': READ_STAGE,
  '/\\s*\\((?:https?:\\/\\/)?(?:[\\p{L}\\p{N}-]+\\.)+[a-z]{2,}\\/?\\)\\s*$/iu': READ_STAGE,
  '/\\s*\\(([^()]*)\\)/gu': READ_STAGE,
  '/\\s*\\([^)]*\\)\\s*$/u': READ_STAGE,
  '/^\\s*(?:von|by):?\\s+(.+)$/iu': READ_STAGE,

  // The attacks below are runs of whitespace; lines reach these rules with every run collapsed to one space.
  '/(?<=\\p{Ll}\\s+)\\p{Lu}\\p{Ll}+(?![\\p{L}\\p{N}])/gu': 'consent: the attack is a whitespace run',
  '/^\\s*(\\d{1,2})?,?\\s*(\\d{4})/u': 'clean/dates: the attack is a whitespace run',
  '/\\s*(?:,|&|\\bund\\b|\\band\\b)\\s*/u': 'clean/names (bylines): the attack is a whitespace run',
  '/\\(\\s*([\\p{L} ]{2,20}):\\s*([^()]{1,80})\\)\\s*$/u': 'credit: the attack is a whitespace run',
  '/\\s*\\(([^()]{3,90})\\)\\s*$/u': 'signoff: the attack is a whitespace run',
};

const all: FoundPattern[] = [...DIRS.flatMap((dir) => regexLiterals(ROOT, dir)), ...compiledTablePatterns()];
const unique = distinctPatterns(all);

describe('regular expressions of the rule tables (recheck)', () => {
  it('finds the patterns: literals in every folder and the compiled tables', () => {
    for (const dir of DIRS)
      expect(
        all.some((f) => f.where.startsWith(dir)),
        dir,
      ).toBe(true);
    expect(all.filter((f) => f.where === 'clean tables (compiled)').length).toBeGreaterThan(3);
    expect(all.filter((f) => f.where === 'noun endings (compiled)').length).toBeGreaterThan(6);
    // The checker itself finds both kinds on the textbook cases.
    expect(checkSync('^(a+)+$', '').complexity?.type).toBe('exponential');
    expect(checkSync('\\s*x\\s*$', '').complexity?.type).toBe('polynomial');
  });

  it('none is exponential; a polynomial one only when known, with its reason', () => {
    const problems: string[] = [];
    for (const f of unique) {
      const key = `/${f.source}/${f.flags}`;
      const result = checkSync(f.source, f.flags, { timeout: 10_000 });
      const kind = result.complexity?.type ?? result.error?.kind ?? result.status;
      if (result.status === 'safe') continue;
      if (result.status === 'vulnerable' && kind === 'polynomial' && KNOWN[key] !== undefined) continue;
      problems.push(`${f.where} ${key}: ${kind} ${result.attack?.pattern ?? ''}`);
    }
    expect(problems).toEqual([]);
  });

  it('every known polynomial pattern still exists (the list does not outlive the code)', () => {
    const keys = new Set(unique.map((f) => `/${f.source}/${f.flags}`));
    for (const key of Object.keys(KNOWN)) expect(keys, key).toContain(key);
  });
});
