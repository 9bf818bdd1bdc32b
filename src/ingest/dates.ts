/** Pure normalisation of publication dates to ISO 8601, keeping the precision that is known. */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const YEAR = /^(\d{4})$/u;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/u;
const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/u;
const GERMAN_DAY = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/u;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/iu;

function dayIso(y: string, m: string, d: string): string | undefined {
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  return validDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

function normaliseZone(zone: string | undefined): string {
  if (zone === undefined) return '';
  if (zone.toUpperCase() === 'Z') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/u.exec(zone);
  if (!m) return '';
  const [, sign, hh, mm] = m;
  return hh === '00' && (mm ?? '00') === '00' && sign === '+' ? 'Z' : `${sign}${hh}:${mm ?? '00'}`;
}

function timestampIso(m: RegExpExecArray): string | undefined {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) {
    return undefined;
  }
  const day = dayIso(y, mo, d);
  if (day === undefined || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 60) return undefined;
  return `${day}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${normaliseZone(zone)}`;
}

function structuredIso(v: string): string | undefined {
  let m = YEAR.exec(v);
  if (m?.[1] !== undefined) return validDate(Number(m[1]), 1, 1) ? m[1] : undefined;
  m = YEAR_MONTH.exec(v);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    return validDate(Number(m[1]), Number(m[2]), 1) ? `${m[1]}-${pad(Number(m[2]))}` : undefined;
  }
  m = DAY.exec(v) ?? COMPACT_DAY.exec(v);
  if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined) return dayIso(m[1], m[2], m[3]);
  m = GERMAN_DAY.exec(v);
  if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined) return dayIso(m[3], m[2], m[1]);
  m = TIMESTAMP.exec(v);
  return m ? timestampIso(m) : undefined;
}

/**
 * `2019` → `2019`, `2019-4` → `2019-04`, `25.04.2019` → `2019-04-25`, `2019-04-25T08:15:00+0200` →
 * `2019-04-25T08:15:00+02:00`; other date strings that `Date.parse` understands (e.g. RFC 2822) → UTC timestamp.
 * Undefined when the value is not a date.
 */
export function normaliseDate(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  const structured = structuredIso(v);
  if (structured !== undefined) return structured;
  if (!/[a-z]{3}/iu.test(v) || !/\d{4}/u.test(v)) return undefined;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** A header date token: `2019`, `2019-04`, `2019-04-25`, an ISO timestamp (or `25.04.2019`), at the start of `s`. */
export const DATE_TOKEN =
  /^(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?|\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?|\d{1,2}\.\s?\d{1,2}\.\s?\d{4})(?![\w.:-])/iu;
