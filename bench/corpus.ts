import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Deterministic PRNG (mulberry32) so every bench run builds the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const EXAMPLE = new URL('../../examples/kim-putin-2019/', import.meta.url).pathname;

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
  const random = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < size; i++) {
    const base = seeds[i % seeds.length] ?? [];
    const extra = Array.from({ length: 3 }, () => paragraphs[Math.floor(random() * paragraphs.length)] ?? '');
    const at = 2 + Math.floor(random() * Math.max(1, base.length - 4));
    out.push([...base.slice(0, at), '', ...extra.flatMap((p) => [p, '']), ...base.slice(at)].join('\n'));
  }
  return out;
}
