import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../src/eval/baselines.js';

/** The example story's folder: two levels up from the built bench (dist/bench), one from its source (bench/). */
export const EXAMPLE = [
  new URL('../../examples/kim-putin-2019/', import.meta.url).pathname,
  new URL('../examples/kim-putin-2019/', import.meta.url).pathname,
].find((dir) => existsSync(dir)) as string;

export function exampleTexts(): { name: string; text: string }[] {
  return readdirSync(EXAMPLE)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(EXAMPLE, name), 'utf8') }));
}

/**
 * A larger corpus built from the example story: each article takes the lines of one seed (web clutter
 * included) and mixes in paragraphs of the others, in a seeded random order.
 */
export function buildCorpus(size: number, seed = 42): string[] {
  const seeds = exampleTexts().map((s) => s.text.split('\n'));
  const paragraphs = seeds.flat().filter((l) => l.trim().split(/\s+/u).length > 12);
  const random = mulberry32(seed);
  const out: string[] = [];
  for (let i = 0; i < size; i++) {
    const base = seeds[i % seeds.length] ?? [];
    const extra = Array.from({ length: 3 }, () => paragraphs[Math.floor(random() * paragraphs.length)] ?? '');
    const at = 2 + Math.floor(random() * Math.max(1, base.length - 4));
    out.push([...base.slice(0, at), '', ...extra.flatMap((p) => [p, '']), ...base.slice(at)].join('\n'));
  }
  return out;
}
