import type { FactRules } from '../fact-rules.js';

/** Verbs of news text whose forms the German stemmer leaves apart: each form → its infinitive. */
const STRONG_VERBS: Readonly<Record<string, readonly string[]>> = {
  treffen: ['getroffen', 'traf', 'trafen', 'trifft', 'triffst'],
  sprechen: ['gesprochen', 'sprach', 'sprachen', 'spricht'],
  schließen: ['geschlossen', 'schloss', 'schlossen'],
  beschließen: ['beschlossen', 'beschloss'],
  unterzeichnen: ['unterschrieben', 'unterschrieb', 'unterschreiben'],
  sterben: ['gestorben', 'starb', 'starben', 'stirbt'],
  nehmen: ['genommen', 'nahm', 'nahmen', 'nimmt'],
  teilnehmen: ['teilgenommen'],
  festnehmen: ['festgenommen', 'festnahme'],
  geben: ['gegeben', 'gab', 'gaben', 'gibt'],
  bekanntgeben: ['bekanntgegeben'],
  kommen: ['gekommen', 'kam', 'kamen', 'kommt'],
  ankommen: ['angekommen', 'ankunft'],
  fliegen: ['geflogen', 'flog', 'flogen', 'flug'],
  fahren: ['gefahren', 'fuhr', 'fuhren', 'fährt', 'fahrt'],
  gehen: ['gegangen', 'ging', 'gingen', 'geht'],
  stehen: ['gestanden', 'stand', 'standen', 'steht'],
  finden: ['gefunden', 'fand', 'fanden', 'findet'],
  bleiben: ['geblieben', 'blieb', 'blieben', 'bleibt'],
  steigen: ['gestiegen', 'stieg', 'stiegen', 'steigt', 'anstieg'],
  sinken: ['gesunken', 'sank', 'sanken', 'sinkt'],
  fallen: ['gefallen', 'fiel', 'fielen', 'fällt'],
  tragen: ['getragen', 'trug', 'trugen', 'trägt'],
  ziehen: ['gezogen', 'zog', 'zogen', 'zieht'],
  bieten: ['geboten', 'bot', 'boten', 'bietet'],
  verbieten: ['verboten', 'verbot', 'verbat'],
  schlagen: ['geschlagen', 'schlug', 'schlugen', 'schlägt'],
  vorschlagen: ['vorgeschlagen', 'vorschlag'],
  werfen: ['geworfen', 'warf', 'warfen', 'wirft'],
  vorwerfen: ['vorgeworfen', 'vorwurf'],
  schreiben: ['geschrieben', 'schrieb', 'schrieben', 'schreibt'],
  halten: ['gehalten', 'hielt', 'hielten', 'hält'],
  lassen: ['gelassen', 'ließ', 'ließen', 'lässt'],
  verlassen: ['verließ', 'verließen', 'verlässt'],
  greifen: ['gegriffen', 'griff', 'griffen', 'greift'],
  angreifen: ['angegriffen', 'angriff'],
  schießen: ['geschossen', 'schoss', 'schossen', 'schießt'],
  verlieren: ['verloren', 'verlor'],
  gewinnen: ['gewonnen', 'gewann', 'gewannen', 'gewinnt'],
  beginnen: ['begonnen', 'begann', 'begannen', 'beginnt'],
  helfen: ['geholfen', 'half', 'halfen', 'hilft', 'hilfe'],
  reisen: ['gereist', 'reiste', 'reise'],
  empfangen: ['empfing', 'empfingen', 'empfängt', 'empfang'],
  dauern: ['dauerte', 'dauerten', 'gedauert', 'dauer'],
  enden: ['endete', 'endeten', 'geendet', 'ende'],
};

/** Adverbs and nouns beside the word they come from. */
const DERIVED: Readonly<Record<string, string>> = {
  erstmals: 'erst',
  erstmalig: 'erst',
  erstmalige: 'erst',
  erstmaligen: 'erst',
  erster: 'erst',
  ersten: 'erst',
  erstes: 'erst',
  erste: 'erst',
  gipfeltreffen: 'treffen',
  begegnung: 'treffen',
  unterzeichnung: 'unterzeichnen',
  unterschrift: 'unterzeichnen',
  milliarde: 'milliarde',
  milliarden: 'milliarde',
  mrd: 'milliarde',
  million: 'million',
  millionen: 'million',
  mio: 'million',
};

function forms(): Record<string, string> {
  const out: Record<string, string> = { ...DERIVED };
  for (const [verb, list] of Object.entries(STRONG_VERBS)) for (const form of list) out[form] = verb;
  return out;
}

/** German word forms the fact matcher takes as one (see `FactRules`). */
export const facts: FactRules = {
  forms: forms(),
  ignore: [
    'mal',
    'zudem',
    'bereits',
    'inzwischen',
    'zunächst',
    'allerdings',
    'folglich',
    'zwar',
    'dann',
    'nun',
  ],
};
