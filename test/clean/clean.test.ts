import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CleanArticle, SourceDocument } from '../../src/core/types.js';
import { cleanDocument, cleanDocuments, findDate, normaliseCleanOptions } from '../../src/clean/index.js';
import { expectGolden } from '../support/golden.js';
import { LEFTOVERS, seedDocuments, seedFiles } from '../support/seeds.js';

const options = normaliseCleanOptions();
const doc = (text: string, id = 'doc'): SourceDocument => ({
  id,
  format: 'text',
  text,
  meta: {},
  removed: [],
});
const clean = (text: string): CleanArticle => cleanDocument(doc(text), options);
const byId = (articles: readonly CleanArticle[], prefix: string): CleanArticle => {
  const found = articles.find((a) => a.id.startsWith(prefix));
  if (!found) throw new Error(`no article ${prefix}`);
  return found;
};

describe('cleaning the example story', () => {
  const articles = cleanDocuments(seedDocuments(), options);

  it('leaves no leftover of any listed class in any article text', () => {
    // The ` date 2019-04` header line is read by ingest (see test/e2e); here the raw files go in.
    const listed = LEFTOVERS.filter((l) => l !== 'date 2019-04');
    for (const a of articles) {
      for (const leftover of listed) expect(`\n${a.text}\n`, `${a.id}: ${leftover}`).not.toContain(leftover);
    }
  });

  it('keeps every removed piece with its reason', () => {
    const reasons = (a: CleanArticle): Record<string, string> =>
      Object.fromEntries(a.removed.map((r) => [r.text, r.reason]));
    expect(reasons(byId(articles, '001'))).toMatchObject({
      'Bild nicht mehr verfügbar.': 'image-placeholder',
      'Foto: Sputnik/Alexei Nikolsky/Kremlin via REUTERS': 'credit',
      'Foto: AP Photo/Alexander Zemlianichenko': 'credit',
      ORF: 'outlet',
      '(André Ballin aus Moskau, 25.4.2019)': 'signoff',
    });
    expect(reasons(byId(articles, '002'))).toMatchObject({
      'Lesezeit: 2 min': 'reading-time',
      'Handschlag in Wladiwostok: Kim (links) und Putin. (Foto: AP)': 'caption',
      'Von Silke Bigalke, Moskau': 'byline',
      'Kim und Putin': 'teaser',
      ':Lächeln für mehr Stabilität': 'teaser',
      'Kommentar von Christoph Neidhart': 'teaser',
      'Zur SZ-Startseite': 'navigation',
      'Lesen Sie mehr zum Thema': 'promotion',
      'Jetzt entdecken': 'promotion',
      'Gutscheine:': 'promotion',
    });
    expect(reasons(byId(articles, '004'))).toMatchObject({
      'zum Hauptinhalt': 'navigation',
      '© Alexey NIKOLSKY / SPUTNIK / AFP': 'credit',
      'Benedikt Voigt': 'byline',
      'Zur Startseite': 'navigation',
    });
  });

  it('turns bylines, sign-offs and copyright lines into metadata', () => {
    expect(byId(articles, '001').meta).toMatchObject({ author: 'André Ballin', published: '2019-04-25' });
    expect(byId(articles, '002').meta).toMatchObject({
      author: 'Silke Bigalke',
      published: '2019-04-26',
      source: 'SZ',
      title: 'Kim und Putin schicken einen Gruß an Trump',
    });
    expect(byId(articles, '004').meta).toMatchObject({
      author: 'Benedikt Voigt',
      title: 'Kim-Putin-Gipfel in Wladiwostok: Nur ein taktischer Erfolg',
    });
    expect(byId(articles, '003').meta.title).toBe('Kim und Putin treffen sich');
  });

  it('keeps subheadings as structure, not as paragraphs', () => {
    const headings = (a: CleanArticle): string[] =>
      a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end));
    expect(headings(byId(articles, '000'))).toEqual(['Kim kommt wieder', 'Kein leichtes Spiel für Kim']);
    expect(headings(byId(articles, '003'))).toContain('"Die Leute stehen für diese Jobs Schlange"');
    expect(headings(byId(articles, '001'))).toEqual(['Einfluss von China mindern', 'Bahn und Pipeline']);
  });

  it('keeps the paragraph a sign-off was cut from', () => {
    expect(
      byId(articles, '001').text.endsWith(
        'Für den "Obersten Führer" ist ein ausgiebiges Kulturprogramm mit Ozeanariumbesuch vorgesehen.',
      ),
    ).toBe(true);
  });

  it('block offsets cover exactly the text between separators', () => {
    for (const a of articles) {
      const rebuilt = a.blocks.map((b) => a.text.slice(b.start, b.end));
      expect(rebuilt.every((t) => t === t.trim() && t !== '')).toBe(true);
      expect(a.text.replace(/\n+/gu, '')).toBe(rebuilt.join(''));
    }
  });

  it('matches the golden output', () => {
    for (const a of articles) {
      expectGolden(
        `clean/${a.id}.json`,
        `${JSON.stringify({ meta: a.meta, blocks: a.blocks, removed: a.removed, text: a.text }, null, 2)}\n`,
      );
    }
  });
});

describe('cleaning rules on small inputs', () => {
  it('removes English navigation and bylines', () => {
    const a = clean(
      'Skip to main content\nStorm hits coast\nBy Jane Doe and John Roe\n\nA storm hit the coast on Monday, officials said.\n\nRead more\nAdvertisement',
    );
    expect(a.text).toBe('Storm hits coast\n\nA storm hit the coast on Monday, officials said.');
    expect(a.meta.author).toBe('Jane Doe and John Roe');
    expect(a.removed.map((r) => r.reason)).toEqual(['navigation', 'byline', 'promotion', 'navigation']);
  });

  it('removes long social-widget and archive lines by their table prefix, but not prose that starts alike', () => {
    const widget =
      'You can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications. You always have the option to delete your Tweet location history.';
    const a = clean(
      `Tweet with a location\n\n${widget}\n\nThe senator said on Monday that the bill would pass.`,
    );
    expect(a.text).toBe('The senator said on Monday that the bill would pass.');
    expect(a.removed.map((r) => r.reason)).toEqual(['social-widget', 'social-widget']);
    const prose =
      'Scroll down for video and more pictures, the reporter wrote, before the storm hit the coast on Monday and cut the power to all of the houses along the shore.';
    expect(clean(prose).text).toBe(prose);
  });

  it('removes common German page furniture from the tables', () => {
    const a = clean(
      'Kategorie: News\n\nDer Gemeinderat hat am Dienstag den Haushalt beschlossen.\n\nTitelbild: Max Muster\n\nLade weitere Inhalte\n\nÜber den Autor',
    );
    expect(a.text).toBe('Der Gemeinderat hat am Dienstag den Haushalt beschlossen.');
    expect(a.removed.map((r) => r.reason)).toEqual(['navigation', 'credit', 'promotion', 'promotion']);
  });

  it("takes the editor's initials or a wire code off the end of the last paragraph only", () => {
    const para = 'Von München fährt der Zug weiter nach Wien. Der Autor ist 2017 verstorben.';
    for (const code of ['(nz)', '(ssi, dan)', '(dpa/lno)', '(AFP)', '(Reuters)']) {
      const a = clean(`Erster Absatz über das Treffen in Wladiwostok.\n\n${para} ${code}`);
      expect(a.text, code).toBe(`Erster Absatz über das Treffen in Wladiwostok.\n\n${para}`);
      expect(a.removed, code).toEqual([{ text: code, reason: 'signoff', rule: 'initials-signoff' }]);
    }
    // Glued to a closing quotation mark, as a page writes it.
    expect(clean('„Kommunikativer Totalschaden. Isch over.“(phy)').text).toBe(
      '„Kommunikativer Totalschaden. Isch over.“',
    );
    // Inside the text, or a party after a name, or a long group: the text's own.
    const kept = [
      'Die Initialen (nz) stehen hier mitten im Text.\n\nDas Ende des Artikels.',
      'Das sagte der Vorsitzende Friedrich Merz (CDU)',
      'Der Wert stieg um zwei Prozent (siehe Grafik oben)',
    ];
    for (const text of kept) expect(clean(text).text, text).toBe(text);
  });

  it('does not take a long paragraph for a caption or credit', () => {
    const text = 'Die Zahl stammt aus einer Erhebung (Quelle: Statistisches Bundesamt), die im Mai erschien.';
    expect(clean(text).text).toBe(text);
  });

  it('drops a caption ending in an agency and its photographer, but keeps an agency mark in a sentence', () => {
    const body = 'Die Feuerwehr war am Morgen mit mehreren Fahrzeugen im Einsatz, verletzt wurde niemand.';
    const caption = 'Helfer in Schutzanzügen vor dem Lagerhaus am Hafen: 3. Mai 2024 (AFP / ANNA BERG)';
    const out = clean([body, caption].join('\n\n'));
    expect(out.text).toBe(body);
    expect(out.removed).toContainEqual(expect.objectContaining({ text: caption, reason: 'caption' }));
    // Not a photographer after the slash: a sentence, an agency code.
    for (const kept of [
      'Das Lagerhaus gehört einer Firma aus Kiel (AFP / dpa berichteten zuerst)',
      'Das Lagerhaus gehört einer Firma aus Kiel (Reuters / eine Meldung vom Morgen)',
    ])
      expect(clean(kept).text, kept).toBe(kept);
  });

  it('drops error-report, subscription, first-published and programme notes', () => {
    const body = 'Die Feuerwehr war am Morgen mit mehreren Fahrzeugen im Einsatz, verletzt wurde niemand.';
    const notes = [
      'Fehler gefunden?Jetzt melden.',
      'Jetzt abonnieren und von allen Vorteilen profitieren.',
      'Dieser Artikel ist zuerst bei "Wirtschaftsblatt" erschienen.',
      'Dieser Beitrag erschien zuerst im Stadtanzeiger.',
      'Dieses Thema im Programm:',
    ];
    const out = clean([body, ...notes].join('\n\n'));
    expect(out.text).toBe(body);
    expect(out.removed.map((r) => r.text)).toEqual(notes);
  });

  it('drops a short line pitching a WhatsApp channel or newsletter wherever the pitch stands in it', () => {
    const body = 'Die Feuerwehr war am Morgen mit mehreren Fahrzeugen im Einsatz, verletzt wurde niemand.';
    const pitch =
      'Alles Wichtige am Morgen und am Abend: Abonniere den WhatsApp-Kanal der Lokalzeitung und bleib informiert.';
    const out = clean([body, pitch].join('\n\n'));
    expect(out.text).toBe(body);
    expect(out.removed).toContainEqual(expect.objectContaining({ text: pitch, reason: 'promotion' }));
    // A report about such channels is no pitch.
    const report = 'Viele Zeitungen bieten inzwischen einen WhatsApp-Kanal an, den Leser abonnieren können.';
    expect(clean(report).text).toBe(report);
  });

  it('reads dates in several forms', () => {
    const months = { april: 4, mai: 5 };
    expect(findDate('25.4.2019', months)?.iso).toBe('2019-04-25');
    expect(findDate('vom 26.04.2019 -', months)?.iso).toBe('2019-04-26');
    expect(findDate('am 25. April 2019', months)?.iso).toBe('2019-04-25');
    expect(findDate('April 2019', months)?.iso).toBe('2019-04');
    expect(findDate('31.2.2019', months)).toBeUndefined();
  });

  it('uses the cross-document signal only across articles', () => {
    const a = 'Titel eins\n\nEin Satz steht hier im Text, der lang genug ist.\n\nTeilen Sie den Beitrag';
    const b = 'Titel zwei\n\nEin anderer Satz steht dort im Text, auch lang genug.\n\nTeilen Sie den Beitrag';
    const [ca, cb] = cleanDocuments([doc(a, 'a'), doc(b, 'b')], options);
    expect(ca?.removed).toEqual([
      {
        text: 'Teilen Sie den Beitrag',
        reason: 'repeated-across-articles',
        rule: 'repeated-across-articles',
      },
    ]);
    expect(cb?.text).not.toContain('Teilen Sie');
    expect(clean(a).text).toContain('Teilen Sie den Beitrag');
  });
});

describe('cleaning is idempotent', () => {
  const seedLines = seedFiles().flatMap((f) => f.text.split('\n'));
  const line = fc.oneof(
    fc.constantFrom(...seedLines),
    fc.constantFrom(
      '',
      '',
      'Foto: dpa',
      '© AFP',
      'Zur Startseite',
      'Von Anna Roth, Berlin',
      'ORF',
      'Lesezeit: 3 min',
    ),
    fc.string({ maxLength: 40 }),
  );

  it('a last name line is the author even when an earlier line only lost its sign-off (found by the property)', () => {
    const text = [
      'Zumindest bei Kim dürfte diese Replik gut angekommen sein. Beide Seiten schieden im besten Einvernehmen voneinander. (André Ballin aus Moskau, 25.4.2019)',
      'Nordkoreas Machthaber Kim Jong-un ist auf dem langen Weg zum russischen Präsidenten Wladimir Putin.',
      'Benedikt Voigt',
    ].join('\n');
    const once = clean(text);
    expect(once.removed.map((r) => [r.reason, r.text])).toEqual([
      ['signoff', '(André Ballin aus Moskau, 25.4.2019)'],
      ['byline', 'Benedikt Voigt'],
    ]);
    expect(clean(once.text).text).toBe(once.text);
  });

  it('cleaning cleaned text changes nothing (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const once = clean(lines.join('\n'));
        const twice = clean(once.text);
        expect(twice.text).toBe(once.text);
        expect(twice.blocks).toEqual(once.blocks);
      }),
      { numRuns: 1000 },
    );
  });

  it('holds on every seed', () => {
    for (const d of seedDocuments()) {
      const once = cleanDocument(d, options);
      expect(clean(once.text).text).toBe(once.text);
    }
  });
});
