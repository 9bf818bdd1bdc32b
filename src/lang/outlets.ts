/**
 * Names of news outlets and agencies (language-independent data). A line holding nothing but one of these
 * is a stray outlet label; a credit whose value names one is a photo or video credit.
 */
export const OUTLETS: readonly string[] = [
  'ORF',
  'ARD',
  'ZDF',
  'SZ',
  'FAZ',
  'F.A.Z.',
  'taz',
  'NZZ',
  'SRF',
  'BR',
  'NDR',
  'WDR',
  'MDR',
  'SWR',
  'HR',
  'RBB',
  'Tagesschau',
  'tagesschau.de',
  'Spiegel',
  'SPIEGEL',
  'Der Spiegel',
  'Zeit Online',
  'ZEIT ONLINE',
  'Die Zeit',
  'Stern',
  'Focus',
  'FOCUS online',
  'Bild',
  'BILD',
  'Welt',
  'WELT',
  'Handelsblatt',
  'Tagesspiegel',
  'Der Tagesspiegel',
  'Süddeutsche Zeitung',
  'Frankfurter Allgemeine',
  'Frankfurter Rundschau',
  'Der Standard',
  'derStandard',
  'derStandard.at',
  'Die Presse',
  'Kurier',
  'Krone',
  't-online',
  't-online.de',
  'n-tv',
  'ntv',
  'RTL',
  'Deutsche Welle',
  'DW',
  'BBC',
  'BBC News',
  'CNN',
  'NYT',
  'The New York Times',
  'The Guardian',
  'Guardian',
  'The Washington Post',
  'Washington Post',
  'Fox News',
  'NBC News',
  'CBS News',
  'ABC News',
  'NPR',
  'Bloomberg',
  'Politico',
  'Axios',
  'Al Jazeera',
  'Sky News',
  'The Independent',
  'The Telegraph',
  'Euronews',
];

export const AGENCIES: readonly string[] = [
  'dpa',
  'AFP',
  'AP',
  'Reuters',
  'REUTERS',
  'APA',
  'KNA',
  'epd',
  'dts',
  'SID',
  'Sputnik',
  'SPUTNIK',
  'TASS',
  'Tass',
  'Xinhua',
  'Kyodo',
  'Yonhap',
  'ANSA',
  'EFE',
  'Getty Images',
  'Getty',
  'imago',
  'imago images',
  'IMAGO',
  'picture alliance',
  'picture-alliance',
  'Keystone',
  'EPA',
  'Shutterstock',
  'iStock',
  'AP Photo',
  'Kremlin',
  'KCNA',
  'KEYSTONE',
  'Bloomberg',
];

/**
 * Labels a page sets before its authors' names in an info box or byline (`<strong>Autorin/Autor</strong> Roman
 * Goncharenko`, `<dt>Text</dt><dd>…</dd>`), compared without case and a trailing colon.
 */
export const BYLINE_LABELS: readonly string[] = [
  'Autor',
  'Autorin',
  'Autoren',
  'Autorinnen',
  'Autorin/Autor',
  'Autor/Autorin',
  'Autor*in',
  'Autor:in',
  'Autor*innen',
  'Text',
  'Texte',
  'Reporter',
  'Reporterin',
  'Author',
  'Authors',
  'Written by',
];

/**
 * Words a byline opens with before the names, written as they stand ("Von: …", "geschrieben von …", "Interview:
 * …"), compared without case; a byline that is nothing but one of them ("Veröffentlicht am", "Posted on") names
 * nobody.
 */
export const BYLINE_LEADS: readonly string[] = [
  'von',
  'von:',
  'by',
  'by:',
  'geschrieben von',
  'verfasst von',
  'veröffentlicht von',
  'veröffentlicht am',
  'erstellt von',
  'ein beitrag von',
  'ein artikel von',
  'posted by',
  'posted on',
  'written by',
  'published by',
  'published on',
  'text:',
  'texte:',
  'text und interview:',
  'text und fotos:',
  'text und bilder:',
  'interview:',
  'autor:',
  'autorin:',
  'author:',
];

/**
 * Job titles a byline sets after a name ("Anna Berg, Redakteurin", "Carl Dorn (Korrespondent in Rom)"), lower-case;
 * a compound ending in one is one too ("Wirtschaftsredakteurin", "Auslandskorrespondent"). Not names of authors.
 */
export const BYLINE_ROLES: readonly string[] = [
  'redakteur',
  'redakteurin',
  'korrespondent',
  'korrespondentin',
  'reporter',
  'reporterin',
  'autor',
  'autorin',
  'volontär',
  'volontärin',
  'praktikant',
  'praktikantin',
  'ressortleiter',
  'ressortleiterin',
  'chefreporter',
  'chefreporterin',
  'kolumnist',
  'kolumnistin',
  'journalist',
  'journalistin',
  'fotograf',
  'fotografin',
  'editor',
  'correspondent',
  'writer',
];

/** Words before a byline's job title that belong to it ("freie Autorin", "stellvertretender Chefredakteur"). */
export const BYLINE_ROLE_MODIFIERS: readonly string[] = [
  'freie',
  'freier',
  'stellvertretende',
  'stellvertretender',
  'leitende',
  'leitender',
  'senior',
  'staff',
];

/** Words that tie a byline's job title to a place or desk ("Korrespondentin in Rom", "Reporter für Sport"). */
export const BYLINE_ROLE_LINKS: readonly string[] = ['in', 'aus', 'für', 'im', 'bei', 'of', 'for', 'at'];

/** What kind of publisher an outlet is; a `wire` service sells its copy to the others. */
export type OutletKind = 'newspaper' | 'magazine' | 'broadcaster' | 'online' | 'wire';

/** One outlet of the registry. */
export interface OutletEntry {
  /** The outlet's name as it writes it. */
  readonly name: string;
  /** The group it belongs to (ARD, Funke, Axel Springer, …), when it has one. */
  readonly family?: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly kind: OutletKind;
  /** Other names the outlet goes by ("SZ", "Der Spiegel"): page metadata and copyright lines use them. */
  readonly aliases?: readonly string[];
  /**
   * Page furniture only this outlet leaves in a text: each entry is a set of lines that must all be found among
   * what cleaning removed ("Bild nicht mehr verfügbar." under every photo of derStandard.at).
   */
  readonly signatures?: readonly (readonly string[])[];
}

/**
 * The outlet registry: registered domains of news outlets and wire services → who they are. A subdomain finds
 * its parent ("www1.wdr.de" → WDR). Several domains may name one outlet (sueddeutsche.de, sz.de).
 */
export const OUTLET_REGISTRY: Readonly<Record<string, OutletEntry>> = {
  '20min.ch': { name: '20 Minuten', family: 'TX Group', country: 'CH', kind: 'newspaper' },
  'abcnews.go.com': { name: 'ABC News', country: 'US', kind: 'broadcaster' },
  'abendblatt.de': { name: 'Hamburger Abendblatt', family: 'Funke', country: 'DE', kind: 'newspaper' },
  'afp.com': { name: 'AFP', country: 'FR', kind: 'wire', aliases: ['Agence France-Presse'] },
  'aljazeera.com': { name: 'Al Jazeera', country: 'QA', kind: 'broadcaster' },
  'ap.org': { name: 'AP', country: 'US', kind: 'wire' },
  'apa.at': { name: 'APA', country: 'AT', kind: 'wire', aliases: ['Austria Presse Agentur'] },
  'apnews.com': {
    name: 'AP',
    country: 'US',
    kind: 'wire',
    aliases: ['Associated Press', 'The Associated Press'],
  },
  'augsburger-allgemeine.de': { name: 'Augsburger Allgemeine', country: 'DE', kind: 'newspaper' },
  'bbc.co.uk': { name: 'BBC News', country: 'GB', kind: 'broadcaster', aliases: ['BBC'] },
  'bbc.com': { name: 'BBC News', country: 'GB', kind: 'broadcaster' },
  'bild.de': { name: 'Bild', family: 'Axel Springer', country: 'DE', kind: 'newspaper', aliases: ['BILD'] },
  'blick.ch': { name: 'Blick', family: 'Ringier', country: 'CH', kind: 'newspaper' },
  'bloomberg.com': { name: 'Bloomberg', country: 'US', kind: 'wire' },
  'br.de': { name: 'BR', family: 'ARD', country: 'DE', kind: 'broadcaster' },
  'cbsnews.com': { name: 'CBS News', country: 'US', kind: 'broadcaster' },
  'cnn.com': { name: 'CNN', country: 'US', kind: 'broadcaster' },
  'correctiv.org': { name: 'CORRECTIV', country: 'DE', kind: 'online' },
  'derstandard.at': {
    name: 'DER STANDARD',
    family: 'STANDARD',
    country: 'AT',
    kind: 'newspaper',
    aliases: ['derStandard', 'derStandard.at', 'Der Standard'],
    signatures: [['Bild nicht mehr verfügbar.']],
  },
  'derstandard.de': { name: 'DER STANDARD', family: 'STANDARD', country: 'AT', kind: 'newspaper' },
  'deutschlandfunk.de': {
    name: 'Deutschlandfunk',
    family: 'Deutschlandradio',
    country: 'DE',
    kind: 'broadcaster',
  },
  'diepresse.com': { name: 'Die Presse', country: 'AT', kind: 'newspaper' },
  'dpa.com': {
    name: 'dpa',
    country: 'DE',
    kind: 'wire',
    aliases: ['Deutsche Presse-Agentur', 'dpa-AFX', 'dpa-infocom'],
  },
  'dpa.de': { name: 'dpa', country: 'DE', kind: 'wire' },
  'dts-nachrichtenagentur.de': { name: 'dts', country: 'DE', kind: 'wire' },
  'dw.com': { name: 'DW', country: 'DE', kind: 'broadcaster', aliases: ['Deutsche Welle'] },
  'epd.de': { name: 'epd', country: 'DE', kind: 'wire', aliases: ['Evangelischer Pressedienst'] },
  'euronews.com': { name: 'Euronews', country: 'FR', kind: 'broadcaster' },
  'faz.net': {
    name: 'Frankfurter Allgemeine',
    country: 'DE',
    kind: 'newspaper',
    aliases: ['FAZ', 'F.A.Z.', 'Frankfurter Allgemeine Zeitung', 'FAZ.NET'],
  },
  'focus.de': { name: 'FOCUS online', country: 'DE', kind: 'magazine', aliases: ['Focus', 'FOCUS'] },
  'foxnews.com': { name: 'Fox News', country: 'US', kind: 'broadcaster' },
  'fr.de': { name: 'Frankfurter Rundschau', family: 'Ippen', country: 'DE', kind: 'newspaper' },
  'freiepresse.de': { name: 'Freie Presse', country: 'DE', kind: 'newspaper' },
  'handelsblatt.com': {
    name: 'Handelsblatt',
    family: 'Handelsblatt Media Group',
    country: 'DE',
    kind: 'newspaper',
  },
  'hessenschau.de': { name: 'hessenschau', family: 'ARD', country: 'DE', kind: 'broadcaster' },
  'hna.de': { name: 'HNA', family: 'Ippen', country: 'DE', kind: 'newspaper' },
  'hr.de': { name: 'hr', family: 'ARD', country: 'DE', kind: 'broadcaster' },
  'independent.co.uk': { name: 'The Independent', country: 'GB', kind: 'newspaper' },
  'jungewelt.de': { name: 'junge Welt', country: 'DE', kind: 'newspaper' },
  'kicker.de': { name: 'kicker', country: 'DE', kind: 'newspaper' },
  'kna.de': { name: 'KNA', country: 'DE', kind: 'wire', aliases: ['Katholische Nachrichten-Agentur'] },
  'krone.at': { name: 'Kronen Zeitung', country: 'AT', kind: 'newspaper' },
  'ksta.de': { name: 'Kölner Stadt-Anzeiger', country: 'DE', kind: 'newspaper' },
  'kurier.at': { name: 'Kurier', country: 'AT', kind: 'newspaper' },
  'mdr.de': { name: 'MDR', family: 'ARD', country: 'DE', kind: 'broadcaster' },
  'merkur.de': { name: 'Münchner Merkur', family: 'Ippen', country: 'DE', kind: 'newspaper' },
  'morgenpost.de': { name: 'Berliner Morgenpost', family: 'Funke', country: 'DE', kind: 'newspaper' },
  'mz.de': { name: 'Mitteldeutsche Zeitung', country: 'DE', kind: 'newspaper' },
  'n-tv.de': { name: 'ntv', family: 'RTL', country: 'DE', kind: 'broadcaster', aliases: ['n-tv'] },
  'nbcnews.com': { name: 'NBC News', country: 'US', kind: 'broadcaster' },
  'ndr.de': { name: 'NDR', family: 'ARD', country: 'DE', kind: 'broadcaster' },
  'npr.org': { name: 'NPR', country: 'US', kind: 'broadcaster' },
  'ntv.de': { name: 'ntv', family: 'RTL', country: 'DE', kind: 'broadcaster' },
  'nytimes.com': {
    name: 'The New York Times',
    country: 'US',
    kind: 'newspaper',
    aliases: ['NYT', 'New York Times'],
  },
  'nzz.ch': { name: 'NZZ', country: 'CH', kind: 'newspaper', aliases: ['Neue Zürcher Zeitung'] },
  'orf.at': { name: 'ORF', country: 'AT', kind: 'broadcaster' },
  'politico.com': { name: 'Politico', country: 'US', kind: 'online' },
  'rbb24.de': { name: 'rbb24', family: 'ARD', country: 'DE', kind: 'broadcaster' },
  'reuters.com': { name: 'Reuters', country: 'GB', kind: 'wire', aliases: ['REUTERS', 'Thomson Reuters'] },
  'rnd.de': { name: 'RND', family: 'Madsack', country: 'DE', kind: 'newspaper' },
  'rp-online.de': { name: 'Rheinische Post', country: 'DE', kind: 'newspaper' },
  'ruhrnachrichten.de': { name: 'Ruhr Nachrichten', country: 'DE', kind: 'newspaper' },
  'sda.ch': { name: 'Keystone-SDA', country: 'CH', kind: 'wire', aliases: ['SDA', 'Keystone-SDA'] },
  'sn.at': { name: 'Salzburger Nachrichten', country: 'AT', kind: 'newspaper' },
  'spiegel.de': {
    name: 'DER SPIEGEL',
    country: 'DE',
    kind: 'magazine',
    aliases: ['Spiegel', 'Der Spiegel', 'SPIEGEL', 'Spiegel Online'],
  },
  'srf.ch': { name: 'SRF', country: 'CH', kind: 'broadcaster' },
  'stern.de': { name: 'stern', country: 'DE', kind: 'magazine', aliases: ['Stern'] },
  'stuttgarter-zeitung.de': { name: 'Stuttgarter Zeitung', family: 'SWMH', country: 'DE', kind: 'newspaper' },
  'sueddeutsche.de': {
    name: 'Süddeutsche Zeitung',
    family: 'SWMH',
    country: 'DE',
    kind: 'newspaper',
    aliases: ['SZ', 'Süddeutsche', 'sz.de'],
  },
  'swr.de': { name: 'SWR', family: 'ARD', country: 'DE', kind: 'broadcaster' },
  'sz.de': { name: 'Süddeutsche Zeitung', family: 'SWMH', country: 'DE', kind: 'newspaper' },
  't-online.de': { name: 't-online', country: 'DE', kind: 'online', aliases: ['t-online.de'] },
  'tagesanzeiger.ch': { name: 'Tages-Anzeiger', family: 'TX Group', country: 'CH', kind: 'newspaper' },
  'tagesschau.de': {
    name: 'tagesschau',
    family: 'ARD',
    country: 'DE',
    kind: 'broadcaster',
    aliases: ['Tagesschau', 'ARD'],
  },
  'tagesspiegel.de': {
    name: 'Der Tagesspiegel',
    country: 'DE',
    kind: 'newspaper',
    aliases: ['Tagesspiegel'],
    signatures: [['zum Hauptinhalt', 'Zur Startseite']],
  },
  'taz.de': { name: 'taz', country: 'DE', kind: 'newspaper' },
  'telegraph.co.uk': { name: 'The Telegraph', country: 'GB', kind: 'newspaper' },
  'theguardian.com': { name: 'The Guardian', country: 'GB', kind: 'newspaper', aliases: ['Guardian'] },
  'usatoday.com': { name: 'USA Today', country: 'US', kind: 'newspaper' },
  'washingtonpost.com': {
    name: 'The Washington Post',
    country: 'US',
    kind: 'newspaper',
    aliases: ['Washington Post'],
  },
  'watson.ch': { name: 'watson', country: 'CH', kind: 'online' },
  'watson.de': { name: 'watson', country: 'DE', kind: 'online' },
  'waz.de': { name: 'WAZ', family: 'Funke', country: 'DE', kind: 'newspaper' },
  'wdr.de': { name: 'WDR', family: 'ARD', country: 'DE', kind: 'broadcaster' },
  'welt.de': {
    name: 'WELT',
    family: 'Axel Springer',
    country: 'DE',
    kind: 'newspaper',
    aliases: ['Welt', 'Die Welt'],
  },
  'wiwo.de': {
    name: 'WirtschaftsWoche',
    family: 'Handelsblatt Media Group',
    country: 'DE',
    kind: 'magazine',
  },
  'wsj.com': {
    name: 'The Wall Street Journal',
    country: 'US',
    kind: 'newspaper',
    aliases: ['Wall Street Journal', 'WSJ'],
  },
  'zdf.de': { name: 'ZDF', country: 'DE', kind: 'broadcaster' },
  'zeit.de': {
    name: 'ZEIT ONLINE',
    country: 'DE',
    kind: 'newspaper',
    aliases: ['Zeit Online', 'Die Zeit', 'ZEIT'],
  },
};

/**
 * Registered domains of news outlets → the outlet's name as it writes it: the name of a page whose own tags give
 * only a domain ("bild.de") or nothing (the names of `OUTLET_REGISTRY`).
 */
export const OUTLET_DOMAINS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(OUTLET_REGISTRY).map(([domain, entry]) => [domain, entry.name]),
);
