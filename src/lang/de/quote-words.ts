/**
 * German words for quote speakers that compare.ts does not hold: written from general knowledge of German (no
 * evaluation data), lower case.
 */

/** The items of a whitespace-separated list. */
const list = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== '');

/** Words that join two quoted phrases into one noun phrase ("Von „absichtlicher“ oder „mutwilliger Täuschung“"). */
export const COORDINATORS: readonly string[] = list(`und oder sowie`);

/**
 * Endings of nouns of an institution shaped like abstract nouns: they may speak ("Die Bundesregierung hält an „…“
 * fest"). "-schaft" names a body of people more often than a thing ("Staatsanwaltschaft", "Botschaft",
 * "Mannschaft", "Gewerkschaft").
 */
export const INSTITUTION_ENDINGS: readonly string[] =
  list(`regierung verwaltung leitung führung vertretung vereinigung
  versammlung kommission organisation opposition koalition delegation fraktion redaktion direktion stiftung zeitung
  mehrheit minderheit schaft schaften innung kammer nation nationen`);

/** Words that open an indirect question ("…, was sie …", "…, ob er …", "…, wie viele …"). */
export const QUESTION_WORDS: readonly string[] =
  list(`was wer wen wem wessen wie wo wann warum wieso weshalb weswegen
  ob welche welcher welches welchen welchem`);

/** Nouns of a person that name no role ("der Mann", "die Frau"): written definite, they refer to a person named before. */
export const PERSON_NOUNS: readonly string[] = list(`mann frau`);

/**
 * Nouns of a person who speaks as a source, with an indefinite article ("sagte ein Wissenschaftler:", "eine
 * Ärztin"): no role of the tables, so written definite they are not resolved to a person named before.
 */
export const SPEAKER_NOUNS: readonly string[] =
  list(`wissenschaftler forscher staatsanwalt verteidiger polizist arzt
  ärztin journalist korrespondent aktivist augenzeuge zeuge mitarbeiter ermittler`);

/** Pronominal adverbs that point back to a text named before ("Darin steht: „…“", "Dort heißt es, …"). */
export const DOCUMENT_ADVERBS: readonly string[] = list(`darin dort hierin ebenda`);

/** Nouns of citing a source after a preposition ("unter Berufung auf", "mit Verweis auf", "unter Bezug auf"). */
export const CITING_NOUNS: readonly string[] = list(`berufung verweis bezug bezugnahme hinweis`);

/**
 * Nouns of something said and the prepositions that name its speaker ("an einer Antwort von Kremlsprecher X
 * ablesen: „…“", "die Worte von X:").
 */
export const SPEECH_NOUNS = {
  nouns: list(`antwort antworten worte aussage aussagen äußerung äußerungen erklärung stellungnahme mitteilung
    kommentar reaktion satz sätze zitat appell warnung botschaft vorwurf vorwürfe forderung forderungen behauptung
    behauptungen einschätzung ankündigung mahnung kritik vorschlag vorschläge`),
  by: list(`von`),
};

/** A comparison with an unreal verb is no reported speech: "…, als würde es eine Krone tragen", "als ob". */
export const UNREAL_COMPARISONS = { openers: list(`als`), joiners: list(`ob`) };

/**
 * Finite verbs that open the clause after a quote with its subject next ("„…“, wollen die Anwohner wissen"; modal
 * verbs), and passive auxiliaries that do so when a verb of saying closes the clause ("„…“, wird X zitiert").
 */
export const AFTER_QUOTE_VERBS = {
  modal:
    list(`will willst wollen wollte wollten kann können konnte konnten muss müssen musste mussten soll sollen
    sollte sollten darf dürfen durfte durften möchte möchten mag mögen`),
  passive: list(`wird werden wurde wurden`),
  /** The prepositions of a passive's agent ("wird von X als „…“ eingestuft"); `agentWithArticle` holds an article. */
  agent: list(`von vom`),
  agentWithArticle: list(`vom`),
  /** "Y wurde als „…“ bezeichnet und X als „…“": the second quote's participle stands before it. */
  label: list(`als`),
  /**
   * A past participle: a prefix ("gesagt", "bezeichnet", "verurteilt"; also after a particle: "eingestuft") and an
   * ending, or a foreign verb's ending ("kritisiert").
   */
  participle: {
    prefixes: list(`ge be er ver zer ent emp miss`),
    endings: list(`t en`),
    foreign: list(`iert`),
  },
};

/**
 * Possessives that open a label or subject before a colon ("Sein Fazit: „…“", "Ihre Begründung lautete: „…“"): the
 * owner, the person last speaking, says the quote. Nominative forms, lower case.
 */
export const POSSESSIVE_LABELS: readonly string[] = list(`sein seine ihr ihre`);

/**
 * Verbs of quoting someone else ("Die Zeitung zitiert den Minister mit den Worten: „…“", "„…“, zitierte die Agentur
 * den Sprecher"): the object after them said the words, their subject passes them on. `objectPronouns` may stand for
 * that object ("zitierte ihn").
 */
export const CITING_VERBS = {
  verbs: list(`zitiert zitierte zitierten zitieren`),
  objectPronouns: list(`ihn`),
};

/**
 * Genitive articles that mark their noun with an ending ("des Sprechers", "eines Ministeriums"), and the ending taken
 * off ("es" is left: "des Bundes" is not "Bunde").
 */
export const GENITIVE_FORMS = { articles: list(`des eines`), endings: list(`s`) };

/**
 * Articles that may open a genitive of the noun of an adverbial standing between a verb of saying and its subject
 * ("sagte auf Anfrage der Zeitung ein Sprecher"), unless a masculine noun of a person follows: then they open the
 * subject ("sagte am Montag der Minister"). The genitive articles of `GENITIVE_FORMS` always open a genitive.
 */
export const ADVERBIAL_GENITIVES: readonly string[] = list(`der`);

/**
 * Plural endings of nouns ("Lücke" → "Lücken", "Zahl" → "Zahlen"): a capitalised word after a role that is the plural
 * of a noun the article writes in the singular elsewhere is that noun, not the person's name ("bestünden laut der
 * Politikerin Lücken", the article having "diese Lücke").
 */
export const PLURAL_ENDINGS: readonly string[] = list(`n en`);

/**
 * "lassen" with an object pronoun before a verb of saying or thinking ("Die Informationen lassen sie vermuten, dass
 * …"): the object reports the clause, not the subject.
 */
export const CAUSATIVE_VERBS = {
  verbs: list(`lässt lassen ließ ließen lasse`),
  objects: list(`sie ihn ihm ihr mich uns`),
};

/** Nouns of a point in time that open an adverbial, never a speaker ("Ende 2018", "Mitte der Woche", "Anfang März"). */
export const TIME_NOUNS: readonly string[] = list(`anfang mitte ende beginn`);

/**
 * Articles (and the preposition "gegenüber", the contraction "im") before a medium's name in quotation marks that a
 * verb of saying shortly before addresses ("sagte X der „Welt“", "sagte dem „Spiegel“", "sagt X gegenüber «BBC»",
 * "nannte sie im „Tagesspiegel“ ein …"): the marks hold a name, not a quote.
 */
export const MEDIUM_ARTICLES: readonly string[] = list(`der dem im gegenüber`);

/**
 * Separable verbs of saying written as one word at the end of a subordinate clause ("…, als sie darauf hinwies,
 * dass …", "…, nachdem er eingeräumt … / einräumte, …"): the main-clause forms split them ("wies … hin",
 * "räumte … ein"), and only the verb's stem stands in the tables of verbs of saying.
 */
export const JOINED_SPEECH_VERBS: readonly string[] = list(`
  hinwies hinwiesen hinweist einräumte einräumten einräumt hinzufügte hinzufügten hinzufügt ankündigte
  ankündigten ankündigt andeutete andeuteten andeutet anmerkte anmerkten anmerkt einwandte einwandten einwendet
  zugab zugaben zugibt angab angaben angibt klarstellte klarstellten klarstellt feststellte feststellten feststellt
  vorschlug vorschlugen vorschlägt aufrief aufriefen aufruft aufforderte aufforderten auffordert ausführte
  ausführten ausführt darlegte darlegten darlegt zusicherte zusicherten zusichert bekanntgab bekanntgaben
  bekanntgibt zurückwies zurückwiesen zurückweist
`);

/** Determiners of any one of a kind ("Jeder Lehrer könne „…“", "kein Minister"): the phrase is no speaker. */
export const GENERIC_DETERMINERS: readonly string[] = list(`
  jeder jede jedes jedem jeden jegliche jeglicher jegliches kein keine keiner keinem keinen
`);

/**
 * Plural forms of auxiliaries and modal verbs, which open a clause of condition or a question when capitalised at a
 * sentence start ("Sollten dennoch Mitglieder …, so …", "Hätten die Behörden …"): no speaker's name (the singular
 * forms are in the subject words' table).
 */
export const PLURAL_AUXILIARIES: readonly string[] = list(`
  sind waren haben hatten werden wurden seien wären hätten würden können konnten könnten wollen wollten müssen
  mussten müssten sollen sollten dürfen durften dürften mögen mochten möchten
`);

/** The ending of an opener inflected before a noun ("Beide Seiten", "Viele Anwohner"): see `groupOpenerEndings`. */
export const GROUP_OPENER_ENDINGS: readonly string[] = list(`e`);

/**
 * Words that alone before a colon lead on to a further quote of the speaker before ("Und weiter: „…“", "Außerdem:
 * „…“", "Abschließend: „…“"): the quote continues that speaker.
 */
export const CONTINUING_LEADS: readonly string[] =
  list(`und weiter weiterhin außerdem zudem ferner ebenso sowie dann danach später
  abschließend schließlich zuletzt zum schluss ergänzend dazu auch noch`);

/**
 * Phrases opening a sentence that point back at the quote before it as someone's words ("„…“ Mit diesen Worten
 * eröffnete X die Sitzung.", "Diese Worte richtete X an …"). Not "so", which as often opens the next statement.
 */
export const QUOTE_POINTERS: readonly string[] = [
  'mit diesen worten',
  'mit diesen sätzen',
  'mit dieser aussage',
  'mit dieser äußerung',
  'mit dieser bemerkung',
  'mit diesem satz',
  'diese worte',
];

/** Nominative indefinite articles: after "„…“, sagte" the noun they open is the speaker ("sagte eine Anwohnerin"). */
export const SUBJECT_INDEFINITES: readonly string[] = list(`ein eine`);
