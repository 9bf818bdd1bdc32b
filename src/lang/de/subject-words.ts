/**
 * German words for the subject rule of entity recognition (a capitalised word that opens a sentence right before a
 * finite verb in the singular is a name unless it is one of the words a sentence opens with: "Kolb war seit 1986
 * …" against "Dennoch war …"). Written from general knowledge of German (no evaluation data), lower case.
 */

import type { EndingGroup } from '../compare-rules.js';
import { ABSTRACT_SINGULAR } from './noun-endings.js';

/** The items of a whitespace-separated list. */
const list = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== '');

/**
 * Words that open a German sentence before its verb and name no one: adverbs, pronouns, numerals and quantifiers,
 * predicative adjectives of evaluation ("Unklar ist …", "Bekannt wurde …").
 */
export const SENTENCE_OPENERS: readonly string[] = list(`
  ab aber abermals allein allerdings allgemein also alsbald anders andererseits anfangs angeblich anschließend
  ansonsten auch außerdem bald bekannt bekanntlich bereits besonders bestimmt bisher bislang bloß dabei dadurch
  dafür dagegen daher dahin damals damit danach daneben dann daran darauf daraufhin daraus darin darum darüber
  darüberhinaus hinzu entweder weder sowohl indes konkret ausgerechnet ausnahmsweise umso desto
  darunter davon davor dazu dazwischen dementsprechend demnach demnächst dennoch derweil deshalb deswegen doch
  dort dorthin draußen drinnen eben ebenfalls ebenso eher eigentlich einerseits einmal einst endlich entsprechend
  erneut erst erstens zweitens drittens etwa eventuell fast ferner folglich fortan freilich früher ganz gar gegebenenfalls
  genau genauso gerade gern gestern gewiss glücklicherweise gleich gleichfalls gleichwohl gleichzeitig häufig
  heute hier hierbei hierdurch hierfür hierher hierzu hingegen hinterher höchstens hoffentlich immer immerhin
  indessen infolgedessen inmitten insbesondere insgesamt insofern inzwischen irgendwann irgendwie jedenfalls jedoch
  jetzt jüngst kaum keinesfalls keineswegs künftig kürzlich lange längst lediglich leider letztlich links rechts
  manchmal mehr meist meistens mindestens mithin mittlerweile möglicherweise morgen morgens abends nachts mittags
  anscheinend scheinbar nachher nämlich natürlich neuerdings nicht nichts nie niemals noch nochmals nun nur ob oben obendrein offenbar
  offensichtlich oft ohnehin plötzlich rund schließlich schon seither seitdem selbst selten sicher sicherlich so
  sodann sofort sogar somit sonst später stattdessen stets tatsächlich teils trotzdem überall überdies übrigens
  umgekehrt unklar unten unterdessen vermutlich viel vielleicht vielmehr vorerst vorher vorhin vorne wahrscheinlich
  wann warum weiter weiterhin weitgehend wenigstens wie wieder wiederum wieso wirklich wo womöglich zudem zuerst
  zugleich zuletzt zumal zumeist zumindest zunächst zurzeit zusammen zuvor zwar interessant wichtig klar fest
  momentan derzeit zurück demgegenüber neu überhaupt besorgt
  sicher fraglich möglich nötig notwendig richtig falsch schwierig einfach gut schlecht besser
  wer was welcher welche welches
  dieser diese dieses jener jene jenes derjenige dieselbe letzterer letztere ersterer erstere solcher solche
  jemand niemand nichts etwas alles alle beide viele wenige einige manche mehrere sämtliche jeder jede jedes
  keiner keine keines vieles weniges manches mein meine dein deine sein seine ihre unser unsere euer eure eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf hundert tausend
`);

/** Prepositions (and "hin", "her") that make pronominal adverbs with "da-", "wo-" and "hier-". */
const PRONOMINAL_PARTS = list(`
  an auf aus bei durch für gegen her hin hinter in mit nach neben über um unter von vor wider zu zwischen
`);

/**
 * Pronominal adverbs: "da-", "wo-" or "hier-" and a preposition, with an "r" before a vowel after "da"/"wo"
 * ("dadurch", "worauf", "wodurch", "hierzu", "hieran"). Opening a sentence, they point back or ask ("Wodurch wurde
 * das möglich?"): no name.
 */
export const PRONOMINAL_ADVERBS: readonly string[] = ['da', 'wo', 'hier'].flatMap((head) =>
  PRONOMINAL_PARTS.map((part) =>
    head !== 'hier' && /^[aeiouäöü]/u.test(part) ? `${head}r${part}` : head + part,
  ),
);

/**
 * More words that open a sentence before its verb and name no one, for the entity rules: indefinite pronouns
 * ("Beides", "Irgendwer"), adverbs of time, manner and addition ("Tagsüber", "Weithin", "Nebstdem", Austrian
 * "Weiters"), question adverbs ("Inwieweit"), conjunctions opening a clause ("Obwohl Niemiec …", "Sobald") and the
 * ordinals ("Vierte wurde die Läuferin …").
 */
export const MORE_OPENERS: readonly string[] = [
  ...list(`
  beides irgendwer irgendwas irgendjemand irgendwo irgendwie irgendeiner irgendeine jedermann
  tagsüber nebstdem weiters weithin wiederholt apropos inwieweit inwiefern ebenda ebendort anderswo anderorts
  obwohl obgleich obschon wenngleich falls sofern sobald solange bevor sodass
  `),
  ...list(`erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft letzt`).map((o) => `${o}e`),
];

/** A word of a list with "ss" for "ß", as Swiss German writes it ("ausserdem", "bloss"). */
export const swissSpellings = (words: readonly string[]): string[] =>
  words.filter((w) => w.includes('ß')).map((w) => w.replaceAll('ß', 'ss'));

/** Personal pronouns that open a sentence: no name, but they may stand for a speaker ("Ihnen zufolge …"). */
export const OPENING_PRONOUNS: readonly string[] = list(`
  ich du er sie es wir ihr man mir mich dir dich ihm ihn uns euch ihnen sich
`);

/**
 * Finite verbs in the third person singular that a pattern cannot tell (auxiliaries, modals, strong pasts); weak
 * pasts in -te and presents in -t are read by their ending.
 */
export const SINGULAR_VERBS: readonly string[] = list(`
  ist war hat hatte wird wurde sei wäre habe hätte würde kann konnte könnte will wollte muss musste müsste soll
  sollte darf durfte mag mochte möchte weiß wusste gab kam ging nahm übernahm stand lag sah fand hielt blieb schrieb
  starb begann gewann verlor trat zog bezog schied gelang galt gilt rief lief fiel sprach traf bot wies stieg fuhr
  flog las saß trug wuchs erhielt verließ hieß ließ bekam sang schlug floh entschied verschwand warf stahl half
  zwang schwieg empfahl erschien erwies bewies unterschrieb beschrieb vertrat betrat
`);

/** A past participle with "ge-" and nothing before it ("gesagt", "gefehlt", "geregelt"; not "geht"). */
export const BARE_PARTICIPLE_SHAPE = /^ge\p{Ll}{2,}t$/u;

/**
 * Verbs with the inseparable prefix "ge-" whose present in the third person singular is shaped like a participle
 * ("gehört", "gefällt", "gelingt"): a finite verb, so the word before it may be its subject.
 */
export const PARTICIPLE_LIKE_VERBS: readonly string[] = list(`
  gehört gefällt gelingt genießt gesteht gerät gewährt gewährleistet gebraucht gestaltet gedenkt gefährdet
  gehorcht genügt gelangt gebietet gebiert gestattet genehmigt geschieht gewinnt gewöhnt gefriert gebührt gedeiht
  gesellt getraut geißelt gerbt geigt geizt gerinnt gesundet gestikuliert gebärdet gelüstet
`);

/** The forms of "werden" after which a fronted word in -t is a participle ("Verletzt wurde niemand"). */
export const PASSIVE_AUXILIARIES: readonly string[] = list(`wird wurde würde werde`);

/**
 * The present forms of "sein" after which a fronted noun is the predicate and the subject follows ("Grund ist der neue
 * Helikopter", "Hintergrund ist ein Streit", "Auslöser sei …"): a fronted name is rarer there than a noun.
 */
export const PREDICATE_COPULAS: readonly string[] = list(`ist sei`);
/** The forms of "sein" after which a fronted past participle is no subject ("Geplant ist …", "Gewidmet war …"). */
export const STATIVE_AUXILIARIES: readonly string[] = list(`ist war sei wäre`);

/**
 * Nouns of three letters that end many compounds and no German family or place name ("Betriebsrat", "Aufzug",
 * "Verzug", "Landratsamt", "Straftat"): not "-hof", "-see", "-tor", "-ton", "-tag" (place and family names end so).
 */
export const SHORT_NOUN_HEADS: readonly string[] = list(`rat zug amt tat`);

/** Pronouns that can stand as the subject after the verb ("Kreideweiss soll er gewesen sein"). */
export const SUBJECT_PRONOUNS: readonly string[] = list(`er sie es man ich wir ihr du`);

/** Reflexive pronouns before a subject after its verb ("Erfreut zeigte sich Anna Berger"). */
export const REFLEXIVE_PRONOUNS: readonly string[] = list(`sich`);

/** Indefinite articles ("einer Tom und einigen Effekten": a first name after one is a common noun). */
export const INDEFINITE_ARTICLES: readonly string[] = list(`ein eine einer einem einen eines`);

/** Words that join names of one kind ("Siemens und Bombardier", "Paris oder Lyon"). */
export const NAME_JOINERS: readonly string[] = list(`und oder`);

/** Words for relatives before a name ("Sohn Murchad", "Tante Cilli"); compounds for companies ("Konzerntochter") not. */
export const RELATIVE_NOUNS: readonly string[] = list(`
  sohn sohnes söhne tochter töchter bruder bruders brüder schwester schwestern mutter vater vaters onkel tante
  neffe nichte cousin cousine enkel enkelin großvater großmutter urgroßvater urgroßmutter halbbruder halbschwester
  stiefvater stiefmutter stiefsohn stieftochter schwiegersohn schwiegertochter schwiegervater schwiegermutter
  ehemann ehefrau gattin gatte witwe witwer verlobte verlobter lebensgefährte lebensgefährtin zwillingsbruder
  zwillingsschwester
`);

/**
 * Endings of words that open a sentence and name no one: adjectives, adverbs and abstract nouns ("Tatsächlich",
 * "Grafisch", "Bislang", "Politik"), Latin adjectives ("International", "Zentral", "Digital"), the noun-ending
 * table's abstract singulars ("Forderung", "Ergebnis"); after three letters present participles used as adverbs
 * ("Überraschend", "Abschließend", "Erschütternd", "Lächelnd") and adverbs of frequency ("Zweimal", "Diesmal");
 * after two, adjectives used as nouns ("Ähnliches", "Wichtiges", "Schlimmeres", "Jugendlicher").
 */
export const NOT_NAME_ENDINGS: readonly EndingGroup[] = [
  {
    after: 0,
    endings: [
      ...list(
        `lich isch ig bar sam haft los weise mals dings halb wärts ik ur ie ell iv onal tral ital ikal obal`,
      ),
      ...ABSTRACT_SINGULAR,
    ],
  },
  // Adjectives of Latin and French stems ("Populär", "Regulär", "Seriös", "Nervös"), and nouns of persons in "-är"
  // ("Funktionär"): no name after four or three letters.
  { after: 4, endings: list(`är`) },
  // Adjectives compounded with "-bedingt", "-gleich", "-frei" and "-voll" ("Corona-bedingt", "Zeitgleich").
  { after: 3, endings: list(`bedingt gleich frei voll`) },
  { after: 3, endings: list(`end lnd rnd mal ös`) },
  { after: 2, endings: list(`iches iges eres licher`) },
];

/** A weak past in the singular ("plädierte", not the superlative "beste") and a present ("erzählt", not "nennt"). */
export const SINGULAR_VERB_SHAPES: readonly RegExp[] = [/^\p{Ll}{3,}[^s]te$/u, /^\p{Ll}{2,}[^n]t$/u];

/**
 * A past participle ("geplant", "gewidmet", "gesagt"; not "gerhardt"), also of a separable verb or in -iert
 * ("ausgestattet", "deklariert").
 */
export const PARTICIPLE_SHAPE =
  /^(?:(?:ab|an|auf|aus|bei|ein|mit|nach|vor|zu|um)?ge\p{Ll}{3,}[^d]t|\p{Ll}{3,}iert)$/u;
