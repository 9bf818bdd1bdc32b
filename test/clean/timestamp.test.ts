import { describe, expect, it } from 'vitest';
import { cleanDocument, normaliseCleanOptions } from '../../src/clean/index.js';
import type { SourceDocument } from '../../src/core/types.js';

const options = normaliseCleanOptions();
const PROSE = 'Der Stadtrat hat am Abend den neuen Haushalt beschlossen, die Opposition stimmte dagegen.';

function cleaned(lines: readonly string[]): { text: string; removed: string[] } {
  const doc: SourceDocument = { id: 'd', format: 'text', text: lines.join('\n\n'), meta: {}, removed: [] };
  const article = cleanDocument(doc, options);
  return {
    text: article.text,
    removed: article.removed.filter((r) => r.reason === 'timestamp').map((r) => r.text),
  };
}

describe('clean: timestamp lines', () => {
  it.each([
    'Freitag, 28.04.2023, 19:25',
    '12.12.2025, 05:07 Uhr',
    'Publiziert: 6. November 2025, 12:26',
    'Publiziert6. November 2025, 12:26',
    '15.04.2026 - 15:48 UhrLesedauer: 2 Min.',
    '06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten',
    'Published 3:45 PM GMT, Monday, April 29, 2019',
  ])('removes "%s"', (line) => {
    const { text, removed } = cleaned(['Haushalt beschlossen', line, PROSE]);
    expect(removed).toEqual([line]);
    expect(text).toContain(PROSE);
    expect(text).not.toContain(line);
  });

  it.each([
    '28. April 2023',
    '11.07.2026, 09:30 Uhr Stuttgart',
    'Am 28.04.2023 um 19:25 Uhr begann die Sitzung des Stadtrats.',
    'Um 19:25 Uhr begann die Sitzung',
  ])('keeps "%s" (a date alone, another word, a sentence, no date)', (line) => {
    const { text, removed } = cleaned(['Haushalt beschlossen', line, PROSE]);
    expect(removed).toEqual([]);
    expect(text).toContain(line);
  });
});
