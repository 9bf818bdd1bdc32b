import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analyse/tokens.js';
import {
  collectTerms,
  emptySignalCounts,
  entityKey,
  termRulesFor,
  type SignalCounts,
} from '../../src/cluster/terms.js';

function terms(text: string, language: string, lead?: { boost: number; chars: number }): SignalCounts {
  const into = emptySignalCounts();
  collectTerms(text, tokenize(text, 0, text.length, language), into, termRulesFor(language), lead);
  return into;
}

describe('cluster entity keys', () => {
  it('lets German and English names of a place meet on the gazetteer’s canonical name', () => {
    const de = terms('Am Montag reiste der Kanzler nach Russland und sprach in Moskau mit Putin.', 'de');
    const en = terms('On Monday the chancellor travelled to Russia and met Putin in Moscow.', 'en');
    const shared = [...de.entities.keys()].filter((k) => en.entities.has(k)).sort();
    expect(shared).toEqual(['@moskau', '@putin', '@russland']);
  });

  it('drops weekdays and months, which are capitalised but name no one', () => {
    const en = terms(
      'Officials said on Wednesday that the vote, first planned for January, was moved.',
      'en',
    );
    expect([...en.entities.keys()]).toEqual([]);
    const de = terms('Die Polizei teilte am Mittwoch mit, dass der Prozess im Januar beginne.', 'de');
    expect(de.entities.has('@mittwoch')).toBe(false);
    expect(de.entities.has('@januar')).toBe(false);
    expect(de.entities.has('@polizei')).toBe(true);
  });

  it('reads a possessive as the name itself, with straight or curly apostrophe', () => {
    const rules = termRulesFor('en');
    expect(entityKey("Moore's", "moore's", rules)).toBe('moore');
    expect(entityKey('Radford’s', 'radford’s', rules)).toBe('radford');
    expect(entityKey('Peña', 'peña', rules)).toBe('pena');
    expect(entityKey('Friday’s', 'friday’s', rules)).toBe('');
  });

  it('weighs the lead more when asked, and every occurrence at least once', () => {
    const text = 'Flood in Dresden. ' + 'Filler words follow here. '.repeat(40) + 'Flood again.';
    const flat = terms(text, 'en');
    const led = terms(text, 'en', { boost: 1, chars: 100 });
    const flood = flat.words.get('flood') ?? 0;
    expect(flood).toBe(2);
    expect(led.words.get('flood') ?? 0).toBeGreaterThan(2.9);
    expect(led.words.get('filler') ?? 0).toBeGreaterThanOrEqual(flat.words.get('filler') ?? 0);
  });
});

describe('hyphenated compounds', () => {
  it('counts the parts of a German compound as terms, a capitalised part also as a name', () => {
    const de = terms('Die Regierung setzt beim Hartz-IV-Antrag die Prüfung aus, sagt die CDU-Spitze.', 'de');
    expect(de.words.has('hartz-iv-antrag')).toBe(true);
    expect(de.words.has('antrag')).toBe(true);
    expect(de.words.has('hartz')).toBe(true);
    expect(de.entities.has('@cdu')).toBe(true);
    expect(de.entities.has('@cdu-spitze')).toBe(true);
    // "iv" is a part of two letters: kept; a lower-case part is a word, not a name
    expect(de.words.has('iv')).toBe(true);
    const lower = terms('Er sprach vom Corona-bedingten Ausfall.', 'de');
    expect(lower.entities.has('@bedingt')).toBe(false);
  });

  it('lets a compound meet the shorter mention of the same thing', () => {
    const compound = terms('Gerüchte um eine Corona-Impfpflicht machen die Runde.', 'de');
    const plain = terms('Eine Impfpflicht ist nicht beschlossen.', 'de');
    const shared = [...compound.words.keys()].filter((k) => plain.words.has(k));
    expect(shared).toContain('impfpflicht');
  });

  it('keeps English hyphenated words whole (the English table turns parts off)', () => {
    const en = terms('The well-known senator met a Texas-based donor.', 'en');
    expect(en.words.has('well-known')).toBe(true);
    expect(en.words.has('known')).toBe(false);
    expect(en.entities.has('@texas')).toBe(false);
  });

  it('skips stopword and number parts', () => {
    const de = terms('Der 737-Max-Absturz und das Ad-hoc-Treffen.', 'de');
    expect(de.words.has('737')).toBe(false);
    expect(de.words.has('absturz')).toBe(true);
  });
});

describe('names of several words, stopword names and spellings of people', () => {
  it('reads a gazetteer name of several words as one name, its words still as words', () => {
    const en = terms('Officials in the United States and South Korea met in New York.', 'en');
    expect([...en.entities.keys()].sort()).toEqual(['@new york', '@sudkorea', '@usa']);
    expect(en.words.has('unit')).toBe(true);
    const de = terms('Die Vereinigte Staaten nennt er nicht, wohl aber die Vereinigten Staaten.', 'de');
    expect(de.entities.has('@usa')).toBe(true);
    const possessive = terms('He praised the United States’ role.', 'en');
    expect([...possessive.entities.keys()]).toEqual(['@usa']);
  });

  it('keeps a capitalised stopword that the gazetteer knows (US, UN) as a name, an ordinary one not', () => {
    const en = terms('Officials said the US and the UN would talk. The US said so. Who said it?', 'en');
    expect(en.entities.get('@usa')).toBe(2);
    expect(en.entities.has('@un')).toBe(true);
    expect(en.entities.has('@who')).toBe(false);
    const amount = terms('Officials said the deal was worth US$5 billion.', 'en');
    expect(amount.entities.has('@usa')).toBe(false);
  });

  it('lets German and English spellings of a well-known person meet', () => {
    const de = terms('Am Montag sprach Präsident Selenskyj mit Lawrow.', 'de');
    const en = terms('On Monday President Zelensky spoke with Lavrov.', 'en');
    const shared = [...de.entities.keys()].filter((k) => en.entities.has(k)).sort();
    expect(shared).toEqual(['@lawrow', '@selenskyj']);
  });
});
