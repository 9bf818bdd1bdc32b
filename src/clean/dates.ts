/** Pure date parsing for metadata found in sign-offs, copyright lines and headers. */

// Patterns tested per line are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const DAY_BEFORE = /(\d{1,2})\.?\s*$/u;
const DAY_YEAR_AFTER = /^\s*(\d{1,2})?,?\s*(\d{4})/u;

/** Month names (lower-case) to month numbers, from the language tables. */
export type MonthTable = Readonly<Record<string, number>>;

export interface PartialDate {
  /** ISO 8601, as precise as known: `2019`, `2019-04`, `2019-04-25`. */
  readonly iso: string;
  readonly precision: 'year' | 'month' | 'day';
}

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function expandYear(y: number, digits: number): number {
  return digits === 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
}

const NUMERIC_DMY = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)/u;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])/u;

/** Finds the first date in `text`: `25.4.2019`, `26.04.2019`, `2019-04-25`, `25. April 2019`, `April 25, 2019`. */
export function findDate(text: string, months: MonthTable): PartialDate | undefined {
  const dmy = NUMERIC_DMY.exec(text);
  if (dmy) {
    const [, d, m, y] = dmy;
    const year = expandYear(Number(y), y?.length ?? 4);
    if (valid(year, Number(m), Number(d))) {
      return { iso: `${year}-${pad(Number(m))}-${pad(Number(d))}`, precision: 'day' };
    }
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, m, d] = iso;
    if (d !== undefined && valid(Number(y), Number(m), Number(d))) {
      return { iso: `${y}-${m}-${d}`, precision: 'day' };
    }
    if (d === undefined && valid(Number(y), Number(m), 1)) return { iso: `${y}-${m}`, precision: 'month' };
  }
  return findNamedMonthDate(text, months);
}

function findNamedMonthDate(text: string, months: MonthTable): PartialDate | undefined {
  const lower = text.toLowerCase();
  for (const [name, month] of Object.entries(months)) {
    const at = lower.indexOf(name);
    if (at < 0) continue;
    const before = DAY_BEFORE.exec(lower.slice(Math.max(0, at - 5), at));
    const after = DAY_YEAR_AFTER.exec(lower.slice(at + name.length));
    const year = after ? Number(after[2]) : NaN;
    if (!after || Number.isNaN(year)) continue;
    const day = before ? Number(before[1]) : after[1] !== undefined ? Number(after[1]) : NaN;
    if (!Number.isNaN(day) && valid(year, month, day)) {
      return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
    }
    if (valid(year, month, 1)) return { iso: `${year}-${pad(month)}`, precision: 'month' };
  }
  return undefined;
}

/** The more precise of two dates when they agree on what both know; otherwise the first. */
export function morePrecise(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (b.length > a.length && b.startsWith(a)) return b;
  return a;
}
