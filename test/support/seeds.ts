import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceDocument } from '../../src/core/types.js';

/** The example folder, relative to the working directory, so paths in golden files do not depend on the clone. */
export const EXAMPLE_DIR = relative(
  process.cwd(),
  new URL('../../examples/kim-putin-2019', import.meta.url).pathname,
);

/** The example story's files, read as plain UTF-8 text documents (no ingest involved). */
export function seedFiles(): { name: string; text: string }[] {
  return readdirSync(EXAMPLE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(EXAMPLE_DIR, name), 'utf8') }));
}

/** Writes the example story's files numbered `indexes` into `dir` as `good-<i>.txt`; their paths. */
export function writeGoodSeeds(dir: string, indexes: readonly number[]): string[] {
  return indexes.map((i) => {
    const path = join(dir, `good-${String(i)}.txt`);
    writeFileSync(path, seedFiles()[i]?.text ?? '');
    return path;
  });
}

export function seedDocuments(): SourceDocument[] {
  return seedFiles().map(({ name, text }) => ({
    id: name.replace(/\.txt$/u, ''),
    file: `examples/kim-putin-2019/${name}`,
    format: 'text',
    text,
    meta: {},
    removed: [],
  }));
}

/** Every class of leftover the issue lists; none may survive cleaning. */
export const LEFTOVERS: readonly string[] = [
  'Foto:',
  '©',
  '(Quelle: Reuters)',
  '(Quelle: AP/dpa)',
  'Bild nicht mehr verfügbar',
  'zum Hauptinhalt',
  'Zur Startseite',
  'Zur SZ-Startseite',
  'Lesen Sie mehr zum Thema',
  'Jetzt entdecken',
  'Gutscheine:',
  'Lesezeit: 2 min',
  'Rechte am Artikel',
  'Lächeln für mehr Stabilität',
  'Kommentar von Christoph Neidhart',
  'Das Gipfeltreffen in Wladiwostok erfüllte vor allem',
  'Von Silke Bigalke, Moskau',
  '(André Ballin aus Moskau, 25.4.2019)',
  'Benedikt Voigt',
  '\nORF\n',
  'date 2019-04',
];
