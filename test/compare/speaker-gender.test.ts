import { describe, expect, it } from 'vitest';
import { checkedQuotes } from './support.js';

/** Quotes of one hand-written article: text → speaker (and the role shown, when any). */
function quotesOf(language: string, text: string): [string, string | null, string | undefined][] {
  const quotes = checkedQuotes(text, language);
  return quotes.map((q) => [q.text, q.speaker, q.role]);
}

const speakers = (language: string, text: string): (string | null)[] =>
  quotesOf(language, text).map(([, speaker]) => speaker);

describe('pronouns resolved by gender', () => {
  it('gives "sagte sie" to the woman, not to the man named last', () => {
    expect(
      speakers(
        'de',
        'Die Ministerin Petra Hausmann empfing am Montag den Botschafter Lukas Brenner. „Wir haben offen über alles gesprochen“, sagte sie.',
      ),
    ).toEqual(['Petra Hausmann']);
  });

  it('gives "sagte er" to the man, not to the woman named last', () => {
    expect(
      speakers(
        'de',
        'Der Trainer Jonas Wendt lobte die Stürmerin Laura Kessel. „Sie hat das Spiel entschieden“, sagte er.',
      ),
    ).toEqual(['Jonas Wendt']);
  });

  it('leaves "sagten sie" (they) without a gender: the nearest person as before', () => {
    expect(
      speakers(
        'de',
        'Die Stürmerin Laura Kessel sprach mit dem Trainer Jonas Wendt. „Wir geben nicht auf“, sagten sie.',
      ),
    ).toEqual(['Jonas Wendt']);
  });

  it('keeps a person whose given name tells nothing open to either pronoun', () => {
    expect(
      speakers(
        'de',
        'Die Ministerin Petra Hausmann traf den Gesandten Sascha Brenner. „Das war ein gutes Gespräch“, sagte er.',
      ),
    ).toEqual(['Sascha Brenner']);
  });

  it('gives "she said" to the woman in English', () => {
    expect(
      speakers(
        'en',
        'Minister Sarah Collins met Ambassador Peter Grant on Monday. "We spoke openly about everything," she said.',
      ),
    ).toEqual(['Sarah Collins']);
  });
});

describe('role phrases resolved to the one person named before', () => {
  it('gives a role with an age and a verb of posting to the person of the sentence before', () => {
    const quotes = quotesOf(
      'de',
      'Der Handball-Star Tobias Kranich entschuldigte sich am Sonntag. „Das hätte nie passieren dürfen“, twitterte der 31 Jahre alte Rückraumspieler.',
    );
    expect(quotes.map(([, s]) => s)).toEqual(['Tobias Kranich']);
  });

  it('gives "sagte der Kapitän" to the one person the sentence before names', () => {
    expect(
      speakers(
        'de',
        'Der Torwart Felix Morgenroth hielt zwei Elfmeter. „Heute hat einfach alles gepasst“, sagte der Kapitän der Gastgeber.',
      ),
    ).toEqual(['Felix Morgenroth']);
  });

  it('leaves the role unresolved when the sentence before names two people', () => {
    expect(
      speakers(
        'de',
        'Felix Morgenroth und Jonas Wendt trafen sich vor dem Spiel. „Heute hat einfach alles gepasst“, sagte der Kapitän der Gastgeber.',
      ),
    ).not.toContain('Felix Morgenroth');
  });

  it('does not give a feminine role to a man', () => {
    expect(
      speakers(
        'de',
        'Der Bürgermeister Stefan Lindqvist eröffnete die Brücke. „Die Arbeiten sind abgeschlossen“, sagte die Sprecherin der Stadt.',
      ),
    ).not.toContain('Stefan Lindqvist');
  });
});

describe('a role set off before a name, and the role shown', () => {
  it('takes the name after the role and its genitive, not the person of the sentence before', () => {
    const quotes = quotesOf(
      'de',
      'Der Verband wählte Karin Holzapfel zur Direktorin. Die Vorsitzende des Aufsichtsrats, Miriam Steinhoff, nannte die Wahl „einen großen Gewinn für alle Mitglieder“.',
    );
    expect(quotes.map(([, speaker]) => speaker)).toEqual(['Miriam Steinhoff']);
  });

  it('shows a role with its genitive by its noun ("Autor des Berichts"), not by the genitive', () => {
    const quotes = quotesOf(
      'de',
      'Der Historiker Martin Oberholzer hat ein neues Buch geschrieben. „Der König wird bald abdanken“, sagte der Autor des Buches.',
    );
    expect(quotes.map(([, speaker, role]) => [speaker, role])).toEqual([
      ['Martin Oberholzer', 'Autor des Buches'],
    ]);
  });
});

describe('a possessive source is its owner', () => {
  it('gives "nach seiner Einschätzung" to the man who spoke before', () => {
    const quotes = quotesOf(
      'de',
      'Die Lage sei ernst, sagte der Abgeordnete Martin Oberholzer. Nach seiner Einschätzung kommen bald weitere Probleme auf das Land zu.',
    );
    const owner = quotes.find(([text]) => text.startsWith('Nach seiner Einschätzung'));
    expect(owner?.[1]).toBe('Martin Oberholzer');
  });
});
