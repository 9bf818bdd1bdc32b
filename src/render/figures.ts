import type { ConflictValue, FigureModality } from '../compare/types.js';

/** How a language writes figure values: separators, scale words, unit words and hedges. */
interface FigureWords {
  readonly decimal: string;
  readonly group: string;
  /** The smallest integer written with group separators ("10 000" but "5000" in German). */
  readonly groupFrom: number;
  /** Scale words, largest first. */
  readonly scales: readonly (readonly [number, string])[];
  /** Unit code → [singular, plural]. */
  readonly units: Readonly<Record<string, readonly [string, string]>>;
  /** Unit codes written before the number ("$34 million"); the others follow it. */
  readonly unitBefore: ReadonlySet<string>;
  /** Unit codes written right after the number, without a space ("80%"). */
  readonly unitTight: ReadonlySet<string>;
  /** Hedges by meaning ("about", "almost", …) → this language's word. */
  readonly hedges: Readonly<Record<Hedge, string>>;
  /** After the subject of a group of planned values: "(geplant)". */
  readonly planned: string;
}

type Hedge = 'about' | 'almost' | 'at least' | 'over' | 'at most' | 'under';

/** The hedges the language tables normalise to (`figures.hedges` of each language), by meaning. */
const HEDGE_MEANING: Readonly<Record<string, Hedge>> = {
  rund: 'about',
  etwa: 'about',
  about: 'about',
  fast: 'almost',
  almost: 'almost',
  mindestens: 'at least',
  'at least': 'at least',
  über: 'over',
  over: 'over',
  höchstens: 'at most',
  'at most': 'at most',
  unter: 'under',
  under: 'under',
};

const TIME = {
  de: {
    second: ['Sekunde', 'Sekunden'],
    minute: ['Minute', 'Minuten'],
    hour: ['Stunde', 'Stunden'],
    day: ['Tag', 'Tage'],
    week: ['Woche', 'Wochen'],
    month: ['Monat', 'Monate'],
    year: ['Jahr', 'Jahre'],
  },
  en: {
    second: ['second', 'seconds'],
    minute: ['minute', 'minutes'],
    hour: ['hour', 'hours'],
    day: ['day', 'days'],
    week: ['week', 'weeks'],
    month: ['month', 'months'],
    year: ['year', 'years'],
  },
} as const;

const WORDS: Readonly<Record<string, FigureWords>> = {
  de: {
    decimal: ',',
    group: '\u00a0',
    groupFrom: 10_000,
    scales: [
      [1e12, 'Bio.'],
      [1e9, 'Mrd.'],
      [1e6, 'Mio.'],
    ],
    units: {
      ...TIME.de,
      USD: ['$', '$'],
      EUR: ['€', '€'],
      GBP: ['£', '£'],
      CHF: ['CHF', 'CHF'],
      RUB: ['Rubel', 'Rubel'],
      CNY: ['Yuan', 'Yuan'],
      KRW: ['Won', 'Won'],
      '%': ['%', '%'],
      pp: ['Prozentpunkt', 'Prozentpunkte'],
      km: ['km', 'km'],
      m: ['m', 'm'],
      t: ['t', 't'],
      barrel: ['Barrel', 'Barrel'],
    },
    unitBefore: new Set(),
    unitTight: new Set(),
    hedges: {
      about: 'etwa',
      almost: 'fast',
      'at least': 'mindestens',
      over: 'über',
      'at most': 'höchstens',
      under: 'unter',
    },
    planned: 'geplant',
  },
  en: {
    decimal: '.',
    group: ',',
    groupFrom: 1_000,
    scales: [
      [1e12, 'trillion'],
      [1e9, 'billion'],
      [1e6, 'million'],
    ],
    units: {
      ...TIME.en,
      USD: ['$', '$'],
      EUR: ['€', '€'],
      GBP: ['£', '£'],
      CHF: ['Swiss francs', 'Swiss francs'],
      RUB: ['rouble', 'roubles'],
      CNY: ['yuan', 'yuan'],
      KRW: ['won', 'won'],
      '%': ['%', '%'],
      pp: ['percentage point', 'percentage points'],
      km: ['km', 'km'],
      m: ['m', 'm'],
      t: ['tonne', 'tonnes'],
      barrel: ['barrel', 'barrels'],
    },
    unitBefore: new Set(['USD', 'EUR', 'GBP']),
    unitTight: new Set(['%']),
    hedges: {
      about: 'about',
      almost: 'almost',
      'at least': 'at least',
      over: 'over',
      'at most': 'at most',
      under: 'under',
    },
    planned: 'planned',
  },
};

const wordsFor = (language: string): FigureWords =>
  WORDS[language.slice(0, 2).toLowerCase()] ?? (WORDS['en'] as FigureWords);

/** Digits with the language's separators, at most two decimals ("1,2", "50 000", "50,000"). */
function digits(n: number, w: FigureWords): string {
  const fixed = Math.abs(n)
    .toFixed(2)
    .replace(/\.?0+$/u, '');
  const [int = '0', frac] = fixed.split('.');
  const grouped = Number(int) >= w.groupFrom ? int.replace(/\B(?=(\d{3})+$)/gu, w.group) : int;
  return `${n < 0 ? '-' : ''}${grouped}${frac !== undefined ? `${w.decimal}${frac}` : ''}`;
}

/** A number with a scale word from a million up ("1,2 Bio.", "34 million"); the number alone below. */
export function formatNumber(n: number, language: string): string {
  const w = wordsFor(language);
  const scale = w.scales.find(([s]) => Math.abs(n) >= s);
  return scale ? `${digits(n / scale[0], w)} ${scale[1]}` : digits(n, w);
}

/**
 * A figure's value as the reader of `language` writes it: hedge, number with scale, unit ("fast 2 Stunden",
 * "1,2 Bio. $", "about $34 million", "80 %", "80%"). Unknown units are kept as their code.
 */
export function formatFigure(v: Pick<ConflictValue, 'value' | 'unit' | 'hedge'>, language: string): string {
  const w = wordsFor(language);
  const number = formatNumber(v.value, language);
  let text = number;
  if (v.unit !== null) {
    const forms = w.units[v.unit];
    const unit = forms ? forms[v.value === 1 ? 0 : 1] : v.unit;
    if (w.unitBefore.has(v.unit)) text = `${unit}${number}`;
    else if (w.unitTight.has(v.unit)) text = `${number}${unit}`;
    else text = `${number} ${unit}`;
  }
  if (v.hedge === null) return text;
  const meaning = HEDGE_MEANING[v.hedge];
  return `${meaning !== undefined ? w.hedges[meaning] : v.hedge} ${text}`;
}

/** The subject of a group of figures, with "(geplant)"/"(planned)" when its values are a plan or forecast. */
export function figureSubject(about: string, modality: FigureModality, language: string): string {
  return modality === 'planned' ? `${about} (${wordsFor(language).planned})` : about;
}
