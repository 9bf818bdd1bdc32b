import { describe, expect, it } from 'vitest';
import { checkedQuotes, quoteSpeakerOf as speakerOf } from './support.js';

describe('a person the tables do not know, named after a role noun', () => {
  it('gives the name after the role in an opinion clause ("Für den Theologen Talo Brunsvik sei …")', () => {
    const text =
      'Die Reaktionen waren gemischt. Für den Theologen Talo Brunsvik sei der Schritt „aus vielen Gründen verständlich“.';
    expect(speakerOf(text, 'vielen Gründen')).toBe('Talo Brunsvik');
  });

  it('carries that name to a later mention by the family name ("Der 84-jährige Brunsvik hofft, „…“")', () => {
    const text =
      'Für den Theologen Talo Brunsvik sei der Schritt „aus vielen Gründen verständlich“. ' +
      'Der 84-jährige Brunsvik hofft aber, „dass nun alles gut wird“.';
    expect(speakerOf(text, 'alles gut')).toBe('Talo Brunsvik');
  });

  it('still gives no person for a group after the preposition ("Für die Kinder sei …")', () => {
    const text = 'Die Schule bleibt zu. Für die Kinder sei das „eine große Belastung“, hieß es.';
    expect(speakerOf(text, 'große Belastung')).not.toBe('Kinder');
  });
});

describe('a pronoun after a sentence whose subject is a name the tables do not know', () => {
  it('stands for that name ("Talo Brunsvik äußerte sich zufrieden. Er sagte: „…“")', () => {
    const text =
      'Die Stadt plant einen Neubau. Talo Brunsvik äußerte sich zufrieden. Er sagte: „Wir liegen gut im Zeitplan.“';
    expect(speakerOf(text, 'Zeitplan')).toBe('Talo Brunsvik');
  });

  it('stands for that name after the quote ("Mara Quell leitet das Projekt. „…“, sagte sie.")', () => {
    const text =
      'Die Stadt plant einen Neubau. Mara Quell leitet das Projekt. „Wir liegen gut im Zeitplan“, sagte sie.';
    expect(speakerOf(text, 'Zeitplan')).toBe('Mara Quell');
  });
});

describe('a relative clause between the subject and the verb of saying', () => {
  it('gives none of its words as the speaker ("Eine Anwohnerin, die ihren Namen nicht nennen wollte, sagte:")', () => {
    const text =
      'Die Stadt plant einen Neubau. Eine Anwohnerin, die ihren Namen nicht nennen wollte, sagte: „Das Projekt ist zu teuer.“';
    expect(speakerOf(text, 'zu teuer')).not.toBe('ihren Namen');
    // The noun after the nominative indefinite article is the subject, any noun.
    expect(speakerOf(text, 'zu teuer')).toBe('Anwohnerin');
  });

  it('still gives the subject before it ("Ein Sprecher der Stadt, der nicht genannt werden wollte, sagte:")', () => {
    const text =
      'Die Stadt plant einen Neubau. Ein Sprecher der Stadt, der nicht genannt werden wollte, sagte: „Das Projekt ist zu teuer.“';
    expect(speakerOf(text, 'zu teuer')).toBe('Sprecher der Stadt');
  });

  it('still gives a name with an apposition ("Talo Brunsvik, der Sprecher der Stadt, sagte:")', () => {
    const text =
      'Die Stadt plant einen Neubau. Talo Brunsvik, der seit Jahren Sprecher der Stadt ist, sagte: „Das Projekt ist zu teuer.“';
    expect(speakerOf(text, 'zu teuer')).toBe('Talo Brunsvik');
  });
});

describe('a participle before the noun of the object after a colon', () => {
  it('gives the subject, not the noun after the participle ("rechtfertigte die vom Präsidenten abgesegnete Aktion:")', () => {
    const text =
      'Die Lage ist angespannt. Das Ministerium rechtfertigte die vom Präsidenten abgesegnete Aktion: „Wir mussten handeln, um das Land zu schützen.“';
    expect(speakerOf(text, 'Land zu schützen')).toBe('Ministerium');
  });

  it('still gives a name right after the first verb ("Ähnlich äußerte sich Talo Brunsvik:")', () => {
    const text =
      'Die Lage ist angespannt. Ähnlich äußerte sich Talo Brunsvik: „Wir mussten handeln, um das Land zu schützen.“';
    expect(speakerOf(text, 'Land zu schützen')).toBe('Talo Brunsvik');
  });
});

describe('a sentence ending in a colon introduces the quote of the next paragraph', () => {
  it('gives its role subject ("Der Bürgermeister erklärte dazu: ¶ „…“")', () => {
    const text =
      'Die Stadt plant einen Neubau. Der Bürgermeister erklärte dazu:\n„Wir liegen gut im Zeitplan. Die Kosten sind gedeckt.“';
    expect(speakerOf(text, 'Kosten sind gedeckt')).toBe('Bürgermeister');
  });

  it('still gives a name it introduces ("Talo Brunsvik erklärte dazu: ¶ „…“")', () => {
    const text =
      'Die Stadt plant einen Neubau. Talo Brunsvik erklärte dazu:\n„Wir liegen gut im Zeitplan. Die Kosten sind gedeckt.“';
    expect(speakerOf(text, 'Kosten sind gedeckt')).toBe('Talo Brunsvik');
  });
});

describe('a role or pronoun standing for a person whose given name the tables do not know', () => {
  it('gives the name a role refers back to ("Talo Brunsvik ist Präsident … „…“, sagte der Präsident.")', () => {
    const text =
      'Die Stadt plant einen Neubau. Talo Brunsvik ist Präsident des Vereins. „Wir liegen gut im Zeitplan“, sagte der Präsident.';
    expect(speakerOf(text, 'Zeitplan')).toBe('Talo Brunsvik');
  });

  it('gives the name that ends the role subject before ("Die Studentin Mara Quell war dabei. … sagt die 27-Jährige.")', () => {
    const text =
      'Die Stadt feiert. Die Studentin Mara Quell war dabei. „Es war ein toller Abend“, sagt die 27-Jährige.';
    expect(speakerOf(text, 'toller Abend')).toBe('Mara Quell');
  });

  it('gives the person a pronoun subject stands for to a quote alone after it ("Er ist zufrieden. „…“")', () => {
    const text =
      'Die Stadt plant einen Neubau. Talo Brunsvik ist Präsident des Vereins. Er ist zufrieden. „Wir liegen gut im Zeitplan.“';
    expect(speakerOf(text, 'Zeitplan')).toBe('Talo Brunsvik');
  });
});

describe('a word that leads on to a further quote before a colon', () => {
  it('continues the speaker before ("Und weiter: „…“")', () => {
    const text =
      'Bürgermeister Talo Brunsvik sagte: „Wir liegen gut im Zeitplan.“ Und weiter: „Die Kosten sind gedeckt und der Bund zahlt.“';
    expect(speakerOf(text, 'Bund zahlt')).toBe('Talo Brunsvik');
  });

  it('still gives no speaker to a label that is no lead ("Das Motto: „…“" after no speaker)', () => {
    const text = 'Die Stadt feiert ihr Jubiläum. Das Motto: „Gemeinsam sind wir stark und frei.“';
    expect(speakerOf(text, 'Gemeinsam')).not.toBe('Talo Brunsvik');
  });
});

describe('a quotation over several paragraphs with its speaker named before it', () => {
  const speech =
    'Die Stadt plant einen Neubau. In seiner Rede sagte der Bürgermeister Talo Brunsvik:\n' +
    '„Wir liegen gut im Zeitplan. Die Kosten sind gedeckt.\n' +
    '„Der Bund zahlt die Hälfte, das Land ein Viertel.\n' +
    '„Den Rest tragen wir selbst.“\n' +
    'Die Opposition sieht das anders.';

  it('gives that speaker to each paragraph it runs on into', () => {
    expect(speakerOf(speech, 'Land ein Viertel')).toBe('Talo Brunsvik');
    expect(speakerOf(speech, 'Rest tragen')).toBe('Talo Brunsvik');
  });

  it('does so in English too', () => {
    const text =
      'The council met on Monday. "We are on schedule," said Tom Example. "The costs are covered.\n' +
      '"The state pays half of it, and we pay the rest."\n' +
      'The opposition disagreed.';
    expect(checkedQuotes(text, 'en').find((q) => q.text.includes('pays half'))?.speaker).toBe('Tom Example');
  });
});

describe('adjectives before a name the tables do not know', () => {
  it('gives the name without them ("Der 45-jährige Talo Brunsvik sagte:")', () => {
    const text =
      'Die Stadt plant einen Neubau. Der 45-jährige Talo Brunsvik sagte: „Wir liegen gut im Zeitplan.“';
    expect(speakerOf(text, 'Zeitplan')).toBe('Talo Brunsvik');
  });

  it('keeps a role noun out of the name ("sagte der erfahrene Architekt Talo Brunsvik")', () => {
    const text =
      'Die Stadt plant einen Neubau. „Wir liegen gut im Zeitplan“, sagte der erfahrene Architekt Talo Brunsvik.';
    expect(speakerOf(text, 'Zeitplan')).toBe('Talo Brunsvik');
  });
});

describe('the agent of a passive clause fronted before its auxiliary', () => {
  it('is the speaker ("Vom Bürgermeister wurde der Plan als „…“ verteidigt")', () => {
    const text =
      'Die Stadt plant einen Neubau. Vom Bürgermeister wurde der Plan als „alternativlos“ verteidigt.';
    expect(speakerOf(text, 'alternativlos')).toBe('Bürgermeister');
  });

  it('still gives no speaker to a passive with no agent ("Der Plan wurde als „…“ kritisiert")', () => {
    const text = 'Die Stadt plant einen Neubau. Von Anfang an wurde der Plan als „überzogen“ kritisiert.';
    expect(speakerOf(text, 'überzogen') ?? null).toBeNull();
  });
});

describe('"Wie es in … hieß": the text named in the clause', () => {
  it('is the source of the quote ("Wie es in einer Mitteilung der Stadt hieß, sei die Lage „…“")', () => {
    const text =
      'Die Stadt plant einen Neubau. Wie es in einer Mitteilung der Stadt hieß, sei die Lage „sehr ernst“.';
    expect(speakerOf(text, 'sehr ernst')).toBe('Mitteilung der Stadt');
  });

  it('gives no speaker when the clause names none ("Wie es hieß, …")', () => {
    const text = 'Die Stadt plant einen Neubau. Wie es hieß, sei die Lage „sehr ernst“.';
    expect(speakerOf(text, 'sehr ernst') ?? null).toBeNull();
  });
});

describe('a phrase pointing back at the quote as someone’s words', () => {
  it('gives the subject of the next sentence ("„…“ Mit diesen Worten eröffnete Mara Quell die Sitzung.")', () => {
    const text =
      'Talo Brunsvik sprach zuerst. „Wir liegen gut im Zeitplan.“ Mit diesen Worten eröffnete Mara Quell die Sitzung.';
    expect(speakerOf(text, 'Zeitplan')).toBe('Mara Quell');
  });

  it('gives the subject after a dash in the same sentence ("„…“ – mit diesen Worten eröffnete …")', () => {
    const text =
      'Talo Brunsvik sprach zuerst. „Wir liegen gut im Zeitplan“ – mit diesen Worten eröffnete Mara Quell die Sitzung.';
    expect(speakerOf(text, 'Zeitplan')).toBe('Mara Quell');
  });

  it('gives the person a pronoun after it stands for ("„…“, mit diesen Worten meldete er sich zurück.")', () => {
    const text =
      'Talo Brunsvik kam nach Hause. „Guten Tag, da bin ich wieder“, mit diesen Worten meldete er sich zurück.';
    expect(speakerOf(text, 'Guten Tag')).toBe('Talo Brunsvik');
  });

  it('does not read "So" opening the next sentence as pointing back ("„…“ So heißt es in der Meldung: …")', () => {
    const text =
      'Ein Vertreter der Firma nannte die Investition „strategisch und langfristig“. So heißt es in der Meldung: „Wir bauen das Auto gemeinsam.“';
    expect(speakerOf(text, 'strategisch')).not.toBe('Meldung');
  });
});

describe('a noun after a nominative indefinite article right after the verb of saying', () => {
  it('is the speaker with a relative clause after it ("„…“, sagte eine Anwohnerin, die … wollte.")', () => {
    const text =
      'Die Stadt plant einen Neubau. „Das Projekt zerstört wertvolle Natur“, sagte eine Anwohnerin, die nicht genannt werden wollte.';
    expect(speakerOf(text, 'wertvolle Natur')).toBe('Anwohnerin');
  });

  it('is no speaker after a dative article ("„…“, sagte er einer Zeitung")', () => {
    const text =
      'Talo Brunsvik ist Bürgermeister. „Das Projekt zerstört wertvolle Natur“, sagte er einer Zeitung, die kritisch berichtet.';
    expect(speakerOf(text, 'wertvolle Natur')).toBe('Talo Brunsvik');
  });
});

describe('a medium named in quotation marks after an indefinite subject', () => {
  it('is no quote given to that subject ("Ein Manager ließ gegenüber der Zeitschrift „…“ durchblicken")', () => {
    const text =
      'Die Firma plant ein Werk. Ein Manager des Konzerns ließ gegenüber der Zeitschrift „Autowelt“ durchblicken, dass mehr komme.';
    expect(checkedQuotes(text).some((q) => q.kind === undefined && q.text === 'Autowelt')).toBe(false);
  });
});

describe('a pronoun subject before a quote alone, with no speaker right before', () => {
  it('stands for no one named further back than the sentence before it', () => {
    const text =
      'Talo Brunsvik befand, Demut gehöre „zu den gefährlichen Idealen der Zeit“. In der Tat: Der moderne Mensch kennt keine Angst. ' +
      'Er nimmt alles selbst in die Hand. „Der Arzt fühlte sich wie ein Halbgott in Weiß.“';
    expect(speakerOf(text, 'Halbgott') ?? null).toBeNull();
  });
});
