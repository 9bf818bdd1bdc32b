import { describe, expect, it } from 'vitest';
import { checkedQuotes } from './support.js';

/** Direct and reported quotes of one hand-written German article: text → speaker. */
function quotesOf(text: string): [string, string | null][] {
  const quotes = checkedQuotes(text);
  return quotes.map((q) => [q.text, q.speaker]);
}

/** The speaker of the direct quote that holds `words`. */
function speakerOf(text: string, words: string): string | null | undefined {
  return quotesOf(text).find(([q]) => q.includes(words))?.[1];
}

describe('speakers from the context of a German quote', () => {
  it('reads "zu den …" after a verb of saying as a preposition, not a name particle', () => {
    const text =
      'John Kline, ein Repräsentant aus Minnesota, sagte zu den Anschuldigungen, dass der Vorfall kein Unfall gewesen sei. „Das war direktes Feuer auf Zivilisten.“ Er fuhr fort: „Das ist wirklich eine Gräueltat.“';
    expect(speakerOf(text, 'direktes Feuer')).toBe('John Kline');
    expect(speakerOf(text, 'Gräueltat')).toBe('John Kline');
    // "zu" alone still opens a name.
    expect(speakerOf('„Ich habe Fehler gemacht“, sagte zu Guttenberg. Er trat zurück.', 'Fehler')).toBe(
      'zu Guttenberg',
    );
  });

  it('reads a pronoun after the quote as the name that introduced it ("X sagte: „…“, betont sie")', () => {
    const text =
      'Die Regierung von Ali Larajedh will eine neue Verfassung. Halima Jouini, Vorstandsmitglied der tunesischen Menschenrechtsliga, sagte dazu: „Die Rechte der Frauen müssen geschützt werden“, betont sie.';
    expect(speakerOf(text, 'Rechte der Frauen')).toBe('Halima Jouini');
    // Without a name before the quote the pronoun is resolved as before.
    expect(
      speakerOf(
        'Innenminister Peter Brandt besuchte die Grenze. „Wir verstärken die Kontrollen deutlich“, sagte er.',
        'Kontrollen',
      ),
    ).toBe('Peter Brandt');
  });

  it('gives a quote in a Konjunktiv I sentence continuing reported speech the reported speaker, not its subject', () => {
    const said = 'Die Ministerin Anna Berger sagte, der Vertrag sei gescheitert.';
    expect(
      speakerOf(
        `${said} Die Klauseln aus dem Dokument seien „völlig inakzeptabel und gefährlich“.`,
        'völlig',
      ),
    ).toBe('Anna Berger');
    // An indicative sentence with its own subject keeps it.
    expect(
      speakerOf(`${said} Die Opposition nannte das Papier „völlig inakzeptabel und gefährlich“.`, 'völlig'),
    ).toBe('Opposition');
  });

  it('continues the subject of a reporting sentence without a frame into the Konjunktiv I sentence after it', () => {
    const next =
      'Zwar sei politischer Druck notwendig, das habe aber nichts mit „Sanktionen zu tun oder militärischen Aktionen“.';
    expect(
      quotesOf(
        `Die Bundesministerin Heidemarie Wieczorek-Zeul sprach sich gegen die Anwendung von Gewalt aus. ${next}`,
      ),
    ).toEqual([
      ['Sanktionen zu tun oder militärischen Aktionen', 'Heidemarie Wieczorek-Zeul'],
      [next.slice(0, -1), 'Heidemarie Wieczorek-Zeul'],
    ]);
    // A conditional ("würde") may be the writer's own guess: it starts no reported speech either.
    expect(
      quotesOf(
        'Für engere Beziehungen fordert Russland von Pjöngjang die Abrüstung. Nordkorea würde aber wohl nur gegen sehr große Garantien darauf eingehen.',
      ),
    ).toEqual([]);
    // A sentence that reports nothing ("reiste nach Myanmar") starts no reported speech.
    expect(quotesOf(`Die Bundesministerin Heidemarie Wieczorek-Zeul reiste nach Myanmar. ${next}`)).toEqual([
      ['Sanktionen zu tun oder militärischen Aktionen', null],
    ]);
  });

  it('finds the subject after an opening phrase with a genitive, and a known name before a noun', () => {
    const text =
      'Bundesfinanzminister Peer Steinbrück legte den Haushalt vor. An die Adresse der europäischen Stabilitätswächter in Brüssel hatte Steinbrück Positives zu vermelden. Erstmals sei die Bundesregierung in der Lage, die Kriterien „aller Voraussicht nach“ einzuhalten.';
    expect(speakerOf(text, 'Voraussicht')).toBe('Peer Steinbrück');
    // A genitive name before its noun is not the speaker ("Obamas Wahlkampfteam").
    expect(
      speakerOf(
        'Barack Obama siegte. Obamas Wahlkampfteam veröffentlichte die Antwort: „Tut mir leid, da muss ich fragen.“',
        'Tut mir leid',
      ),
    ).toBe('Obamas Wahlkampfteam');
  });
});

describe('speakers from the frames around a German quote', () => {
  it('takes the person whose view a clause opened by "für" gives ("Für den Theologen Hans Küng sei …")', () => {
    expect(
      speakerOf(
        'Für den Theologen Hans Küng sei der Rücktritt „aus vielen Gründen verständlich“.',
        'Gründen',
      ),
    ).toBe('Hans Küng');
    expect(
      speakerOf(
        'Für Bildungssenator Willi Lemke (SPD) hält die Beschäftigung der Ex-Terroristin als „gelungenes Beispiel für Resozialisierung“.',
        'Resozialisierung',
      ),
    ).toBe('Willi Lemke');
    expect(
      speakerOf(
        'Die Ministerin Elisabeth Heister-Neumann kündigte an, die Stunden zu verschieben. Was für die Ministerin eine „flexiblere Handhabe des Rückzahlungsmodus“ ist, war für die Verbände ein Ärgernis.',
        'Handhabe',
      ),
    ).toBe('Elisabeth Heister-Neumann');
    // A group is no person; "für" inside a clause opens no view.
    expect(speakerOf('Für die Kinder ist das Wetter „viel zu kalt“ gewesen.', 'kalt')).toBeNull();
    expect(
      speakerOf(
        'Die Stiftung vergibt einen Preis für Autor Hans Meier und nennt das „ein wichtiges Zeichen“.',
        'Zeichen',
      ),
    ).toBe('Stiftung');
  });

  it('finds the subject of a verb of saying after a subordinating conjunction ("…, zumal X betont hatte, …")', () => {
    const text =
      'Amtsrichterin Ute Bader fällte das Urteil. Zwar würde sie dem Angeklagten „persönlich“ eine Bewährung zubilligen, zumal Verteidiger Wolfgang Dingfelder betont hatte, der Angeklagte sei weder „dissozial“, „noch hätte er sich jemals etwas zu schulden kommen lassen“, doch die Richterin blieb hart.';
    expect(speakerOf(text, 'dissozial')).toBe('Wolfgang Dingfelder');
    expect(speakerOf(text, 'schulden')).toBe('Wolfgang Dingfelder');
    // The quote in the clause before is not his.
    expect(speakerOf(text, 'persönlich')).toBe('Ute Bader');
  });

  it('reads "Wie X …," with any verb closing the clause as the frame of what follows', () => {
    expect(
      speakerOf(
        'Wie der Vorsitzende Richter, Ottmar Breidling, ausführte, hätte es durch die Anschläge „ein ungeheures Blutbad gegeben mit vielen Toten“. Die Strafe war hoch.',
        'Blutbad',
      ),
    ).toBe('Ottmar Breidling');
    // A relative clause with a date inside, and the closing mark after the full stop.
    expect(
      speakerOf(
        'Wie Norman Paech, der am 20. August 2007 anwesend war, dazu feststellt, verlangt „der Tatbestand der Verschwörung zumindest das Mitwissen.“ Drei Kubaner wurden verurteilt.',
        'Tatbestand',
      ),
    ).toBe('Norman Paech');
    // "Wie erwartet," names no one.
    expect(speakerOf('Wie erwartet, stieg der Preis um „mehr als zehn Prozent“ an.', 'Prozent')).toBeNull();
  });

  it('takes a medium named in quotation marks after the verb ("„…“, schreibt die „Computerwoche“")', () => {
    expect(
      speakerOf(
        'Die Firma stellte das Produkt vor. „Die Betonung von Video beweist, dass Macromedia aufschließen will“, schreibt die „Computerwoche“. Mehr folgt.',
        'Betonung',
      ),
    ).toBe('Computerwoche');
    expect(
      speakerOf(
        '„Er ist der kreative Kopf, der in Erinnerung geblieben ist“, schrieb „Die Zeit“ in einem Nachruf.',
        'Kopf',
      ),
    ).toBe('Die Zeit');
    // A name in quotation marks further on is not the speaker.
    expect(
      speakerOf(
        'Kevin Lynch stellte den Player vor. „Das wird das größte Update aller Zeiten“, sagte er über den „Flash Player“.',
        'Update',
      ),
    ).toBe('Kevin Lynch');
  });
});

describe('speakers from the sentences around a German quote', () => {
  it('gives a quote that is a whole sentence the named subject of the sentence before', () => {
    const quote = '„Mein Bruder wünscht sich im Alter mehr Ruhe.“';
    expect(
      speakerOf(
        `Der ältere Bruder des Papstes, Georg Ratzinger, war nach eigenem Bekunden seit langem eingeweiht. ${quote}`,
        'Bruder wünscht',
      ),
    ).toBe('Georg Ratzinger');
    // A subject that is no named person is no speaker.
    expect(speakerOf(`Die Regierung des Landes war lange eingeweiht. ${quote}`, 'Bruder wünscht')).toBeNull();
  });

  it('takes the speaker from the next sentence when a demonstrative there points back at the quote', () => {
    expect(
      speakerOf(
        '„Ja, es gibt Zumutungen“. Das musste Bundesfinanzminister Peer Steinbrück zu Beginn der Debatte einräumen.',
        'Zumutungen',
      ),
    ).toBe('Peer Steinbrück');
    // A noun that is no speaker and no source ("Das ist die Wahrheit") gives none.
    expect(speakerOf('„Wir bleiben hier.“ Das ist die Wahrheit.', 'bleiben')).toBeNull();
  });

  it('reads a name opening with a capitalised particle when the article writes it after a given name', () => {
    expect(
      speakerOf(
        'Bundesarbeitsministerin Ursula von der Leyen (CDU) stellte den Plan vor. Von der Leyen betonte, unter den Verkäuferinnen seien „viele Frauen, die Erfahrung haben.“',
        'viele Frauen',
      ),
    ).toBe('Ursula von der Leyen');
    // "Von der Polizei" is a preposition: no one of that name is in the text.
    expect(
      speakerOf(
        'Die Polizei sucht den Täter. Von der Polizei hieß es, der Mann sei „sehr gefährlich und bewaffnet“.',
        'gefährlich',
      ),
    ).toBeNull();
  });

  it('takes the person the clause names before a colon, never a fronted object or an object after the verb', () => {
    expect(
      speakerOf(
        'Die Meteorologen hatten gewarnt. Die das Unglück überlebende Alice Kakamara, 30, beschrieb in einem Krankenhaus den Hergang: „Die See war wirklich rau, windig, hohe Wellen.“',
        'See war',
      ),
    ).toBe('Alice Kakamara');
    expect(
      speakerOf(
        'Den Unmut der CDU über Stoibers Äußerungen brachte die Sprecherin der Unionsfraktion, Annette Widmann-Mauz, zum Ausdruck: „Es gibt keinen Grund, Positionen aufzugeben.“',
        'keinen Grund',
      ),
    ).toBe('Annette Widmann-Mauz');
    expect(
      speakerOf(
        'Bundeskanzlerin Angela Merkel begrüßte den Beschluss. Dabei griff sie auch direkt den iranischen Präsidenten Mahmud Ahmadinedschad an: „Ein Präsident, der den Holocaust leugnet, kann nichts erwarten.“',
        'Holocaust',
      ),
    ).toBe('Angela Merkel');
  });

  it('reads past a relative clause inside an apposition to the verb of the sentence before', () => {
    const text =
      'Der Brief wurde unterzeichnet.\n\nSadiq Khan, eines der Parlamentsmitglieder, die den Brief unterschrieben, verurteilte die Haltung der Regierung. „Diese Regierung hat einige große Erfolge zu verzeichnen.“\n\n„Ob wir es mögen oder nicht, solch ein Gefühl führt zu Extremismus.“';
    expect(speakerOf(text, 'Erfolge')).toBe('Sadiq Khan');
    expect(speakerOf(text, 'Extremismus')).toBe('Sadiq Khan');
    // An apposition without a relative clause ends at its comma as before.
    expect(
      speakerOf(
        'Die Partei wählte neu. Wolfgang Hürter, Aufsichtsvorsitzender von SWB, nennt das Ergebnis „einen großen Erfolg für alle Beteiligten“.',
        'Erfolg',
      ),
    ).toBe('Wolfgang Hürter');
  });

  it('finds the subject after a subordinate or infinitive clause that opens the sentence', () => {
    expect(
      speakerOf(
        'Die Flugbegleiter wollten den Mann beruhigen. Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und rief: „Lasst mich raus!“.',
        'raus',
      ),
    ).toBe('Randalierer');
    expect(
      speakerOf(
        'Ministerpräsident Günther Oettinger hat Reformen angekündigt. Um die Zeit dafür zu gewinnen, will Oettinger die Naturwissenschaften straffen. „Nicht jede Formel aus Physik ist für das Leben notwendig.“',
        'Formel',
      ),
    ).toBe('Günther Oettinger');
    // A prepositional phrase with a relative clause is no infinitive clause: its verb and subject as before.
    expect(
      speakerOf(
        'In einem Gespräch mit dem Sender, das gestern lief, sagte Anna Berger: „Wir bleiben bei unserem Plan.“',
        'Plan',
      ),
    ).toBe('Anna Berger');
  });
});
