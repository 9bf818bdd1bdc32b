/**
 * The authors of a page as people: JSON-LD `author` persons, else the author meta tags, else a "Von …" byline in
 * the page, else an agency the metadata credits. Organisations (agencies such as dpa, companies) are named only when no person is; the outlet itself
 * ("Stuttgarter Zeitung", "Deutsche Welle (www.dw.com)") is never an author.
 */
import {
  AGENCIES,
  BYLINE_LABELS,
  BYLINE_LEADS,
  BYLINE_ROLE_LINKS,
  BYLINE_ROLE_MODIFIERS,
  BYLINE_ROLES,
} from '../lang/outlets.js';
import { TEXT_NODE, type DomDocument, type DomElement } from './dom.js';
import { isBareDomain, isCompany } from './html-outlet.js';
import { cleanMetaText } from './meta.js';

/** What the page says about its authors, gathered by `pageMeta`. */
export interface AuthorEvidence {
  /** The JSON-LD article's `author` value, as parsed. */
  readonly ld: unknown;
  /** Author meta tags (`author`, `article:author`, `dc.creator`, `byl`), in order. */
  readonly tags: readonly (string | undefined)[];
  /** Names of the outlet (site name, publisher, host label): never authors. */
  readonly outlet: readonly (string | undefined)[];
}

interface Named {
  readonly name: string;
  readonly organisation: boolean;
}

const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Byline leads, longest first ("veröffentlicht von" before "von"). */
const LEADS = [...BYLINE_LEADS].map((l) => l.toLowerCase()).sort((a, b) => b.length - a.length);

/**
 * A date closing a byline, set off or glued to the name, with a short word before it: "…, 01.12.2021", "… ·
 * 31. Oktober 2023", "…22. Februar 2020", "… am 18.10.2019, 16:06 Uhr".
 */
/** Characters at the end of a byline searched for its date ("… am 31. Dezember 2020, 23:59 Uhr" and its separators). */
const DATE_REACH = 60;
const TRAILING_DATE =
  /(?:\s+\p{Ll}{2,3})?[\s,·|–—-]*\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}+\s)\s?\d{4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?\s*$/u;

/**
 * "Von Silke Bigalke", "By Jane Doe", "geschrieben von Meike Neitz", "Interview: Julia Lauter" → the name; a date
 * after it goes ("Janic Cathomen, 01.12.2021"). Nothing left, or no word but figures ("Posted on", "178"): none.
 */
export function stripBylineWord(value: string | undefined): string | undefined {
  let text = cleanMetaText(value);
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  const lead = LEADS.find(
    (l) => lower.startsWith(l) && (text?.length === l.length || /\s/u.test(text?.[l.length] ?? '')),
  );
  if (lead !== undefined) text = text.slice(lead.length);
  // Only the end is searched: the pattern is tried at every start, and a long run of separators would make that
  // quadratic.
  const cut = Math.max(0, text.length - DATE_REACH);
  const name = cleanMetaText(text.slice(0, cut) + text.slice(cut).replace(TRAILING_DATE, ''));
  return name !== undefined && !/^\d/u.test(name) && /\p{L}{2}/u.test(name) ? name : undefined;
}

const ROLE_MODIFIERS = new Set(BYLINE_ROLE_MODIFIERS.map((w) => w.toLowerCase()));
const ROLE_LINKS = new Set(BYLINE_ROLE_LINKS.map((w) => w.toLowerCase()));
const ROLES = BYLINE_ROLES.map((w) => w.toLowerCase());

/** A job title: modifiers, a word that is or ends in a role noun, then nothing or a link and what it ties to. */
function isRole(part: string): boolean {
  const words = part.trim().split(/\s+/u);
  let i = 0;
  while (i < words.length - 1 && ROLE_MODIFIERS.has((words[i] ?? '').toLowerCase())) i++;
  const head = (words[i] ?? '').toLowerCase();
  if (!ROLES.some((r) => head === r || (head.endsWith(r) && head.length > r.length + 2))) return false;
  const next = words[i + 1];
  return next === undefined || ROLE_LINKS.has(next.toLowerCase());
}

/**
 * "Anna Berg, Redakteurin" and "Carl Dorn (Korrespondent in Rom)" → the name: job titles after it, set off by a
 * comma or in parentheses, go. What comes first is kept (a name, or a title alone).
 */
export function dropRoles(name: string): string {
  const bare = name.replace(/\s*\(([^()]*)\)/gu, (all, inner: string) => (isRole(inner) ? '' : all));
  const parts = bare.split(/\s*,\s*/u);
  const kept = parts
    .filter((part, i) => i === 0 || !isRole(part))
    .join(', ')
    .trim();
  return kept === '' ? name : kept;
}

/** A name that stands for an organisation: a domain in it, a company form, words of an outlet or office. */
const AGENCY_NAMES = new Set(AGENCIES.map((a) => a.toLowerCase()));

function looksOrganisational(name: string): boolean {
  return (
    name
      .replace(/[()]/gu, '')
      .split(/\s*[/,]\s*/u)
      .every((part) => AGENCY_NAMES.has(part.trim().toLowerCase())) ||
    /(?:^|[\s(])(?:https?:\/\/|www\.)|\.(?:de|com|at|ch|org|net)\b/iu.test(name) ||
    isBareDomain(name) ||
    isCompany(name) ||
    /\b(?:Nachrichten|NACHRICHTEN|Redaktion|Online|ONLINE|Zeitung|News|Media|Medien|Agentur|Deutschland)\b/u.test(
      name,
    ) ||
    /^[\p{Lu}\p{N}&.-]{2,6}$/u.test(name)
  );
}

function isOutlet(name: string, outlet: readonly string[]): boolean {
  const c = compact(name.replace(/\s*\([^)]*\)\s*$/u, ''));
  return outlet.some((o) => c === o || (o.length >= 4 && c.includes(o)) || (c.length >= 4 && o.includes(c)));
}

function ldAuthors(value: unknown): Named[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const out: Named[] = [];
  for (const v of list) {
    if (typeof v === 'string') {
      const written = stripBylineWord(v);
      if (written !== undefined) {
        const name = dropRoles(written);
        out.push({ name, organisation: looksOrganisational(name) });
      }
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    const o = v as Record<string, unknown>;
    const type = JSON.stringify(o['@type'] ?? '');
    const given = typeof o['givenName'] === 'string' ? o['givenName'] : '';
    const family = typeof o['familyName'] === 'string' ? o['familyName'] : '';
    const written = stripBylineWord(typeof o['name'] === 'string' ? o['name'] : `${given} ${family}`);
    if (written === undefined) continue;
    const name = dropRoles(written);
    out.push({ name, organisation: /Organization/u.test(type) || looksOrganisational(name) });
  }
  return out;
}

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]+";
const PERSON = new RegExp(`^${NAME_WORD}(?:\\s+(?:von\\s+|van\\s+|de\\s+)?${NAME_WORD}){1,3}$`, 'u');

/** "Von Patrick Hyslop 0:00 Anhören", "Von A und B" → the names, when they read as people's names. */
export function bylineNames(text: string): string[] {
  const m = /^\s*(?:von|by):?\s+(.+)$/iu.exec(text.replace(/\s+/gu, ' '));
  if (!m?.[1]) return [];
  const words = m[1].split(' ');
  const kept: string[] = [];
  for (const w of words) {
    if (!/^(?:\p{Lu}[\p{L}'’.-]*|und|and|von|van|de|,)$/u.test(w.replace(/,$/u, '')) && w !== ',') break;
    kept.push(w);
  }
  return kept
    .join(' ')
    .split(/\s*(?:,|\bund\b|\band\b)\s*/u)
    .map((n) => n.trim())
    .filter((n) => PERSON.test(n));
}

/** Byline elements looked at, and the characters of each read: a byline is short and near the top. */
export const MAX_BYLINE_ELEMENTS = 40;
export const MAX_BYLINE_CHARS = 400;

/** The start of a text, at most `MAX_BYLINE_CHARS`; a cut text loses its last, perhaps cut, word. */
const start = (text: string): string =>
  text.length > MAX_BYLINE_CHARS ? text.slice(0, MAX_BYLINE_CHARS).replace(/\s\S*$/u, '') : text;

/**
 * The first byline element whose text reads "Von <names>", among the first `MAX_BYLINE_ELEMENTS`; with `firstOnly`
 * only the first that says anything (the article's own byline comes first; later ones are often teasers of other
 * articles). Else names after an author label.
 */
function pageBylines(doc: DomDocument, firstOnly = false): string[] {
  const els = doc.querySelectorAll(
    '[rel="author"], [itemprop="author"], [class*="byline"], [class*="Byline"], [class*="author"], [class*="Author"]',
  );
  for (let i = 0; i < Math.min(els.length, MAX_BYLINE_ELEMENTS); i++) {
    const text = start(els[i]?.textContent ?? '');
    const names = bylineNames(text);
    if (names.length > 0) return names;
    if (firstOnly && text.trim() !== '') break;
  }
  return labelledBylines(doc);
}

/** Label elements looked at (a label is a short element of its own) and labels followed up. */
export const MAX_LABEL_ELEMENTS = 5000;
const MAX_LABELS_FOLLOWED = 10;
const LABELS = new Set(BYLINE_LABELS.map((l) => l.toLowerCase()));

/** The text of an element that holds one text node and nothing else (read without walking a subtree). */
function ownText(el: DomElement): string | undefined {
  const only = el.childNodes.length === 1 ? el.childNodes[0] : undefined;
  return only?.nodeType === TEXT_NODE ? (only.textContent ?? undefined) : undefined;
}

/**
 * Names after a label (`<li><strong>Autorin/Autor</strong> Roman Goncharenko</li>`, `<dt>Autor</dt><dd>…</dd>`):
 * the rest of the label's parent, else the next element, read as a byline.
 */
function labelledBylines(doc: DomDocument): string[] {
  const els = doc.querySelectorAll('strong, b, dt, th, label, span, em');
  let followed = 0;
  for (let i = 0; i < Math.min(els.length, MAX_LABEL_ELEMENTS) && followed < MAX_LABELS_FOLLOWED; i++) {
    const el = els[i];
    const own = el ? ownText(el) : undefined;
    if (!el || own === undefined || own.length > 30) continue;
    const label = own.replace(/\s+/gu, ' ').trim();
    if (!LABELS.has((label.endsWith(':') ? label.slice(0, -1).trimEnd() : label).toLowerCase())) continue;
    followed++;
    const parentText = start(el.parentElement?.textContent ?? '');
    const at = parentText.indexOf(own);
    const after = at < 0 ? '' : parentText.slice(at + own.length).replace(/^\s*:?\s*/u, '');
    const rest = after !== '' ? after : start(el.nextElementSibling?.textContent ?? '');
    const names = bylineNames(`Von ${rest}`);
    if (names.length > 0) return names;
  }
  return leadLabelledBylines(doc);
}

/** A byline lead or label with its colon ("Von:", "Autorin:"), lower-case: it may open a box's text. */
const COLON_LABELS = new Set([
  ...BYLINE_LEADS.filter((l) => l.endsWith(':')).map((l) => l.toLowerCase()),
  ...[...LABELS].map((l) => `${l}:`),
]);

/**
 * Names after a label that opens a box as bare text, with its colon: `<li>Von: <a>Anna Berg</a>, <a>Carl
 * Dorn</a></li>`. Among the first `MAX_LABEL_ELEMENTS` list items, paragraphs and divisions.
 */
function leadLabelledBylines(doc: DomDocument): string[] {
  const els = doc.querySelectorAll('li, p, div');
  let followed = 0;
  for (let i = 0; i < Math.min(els.length, MAX_LABEL_ELEMENTS) && followed < MAX_LABELS_FOLLOWED; i++) {
    const el = els[i];
    const lead = el?.childNodes[0];
    if (!el || lead?.nodeType !== TEXT_NODE) continue;
    const label = (lead.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (label.length > 30 || !COLON_LABELS.has(label.toLowerCase())) continue;
    followed++;
    const text = start(el.textContent ?? '')
      .replace(/\s+/gu, ' ')
      .trim();
    const names = bylineNames(`Von ${text.slice(text.indexOf(':') + 1)}`);
    if (names.length > 0) return names;
  }
  return [];
}

/** A byline found elsewhere (Readability's) unless it is a web address. */
export function acceptByline(byline: string | undefined): string | undefined {
  return byline === undefined || /(?:https?:\/\/|www\.)/u.test(byline) ? undefined : byline;
}

function compactOutlet(names: readonly (string | undefined)[]): string[] {
  return names
    .filter((o): o is string => o !== undefined)
    .map((o) => compact(o.replace(/\s*\([^)]*\)\s*$/u, '')))
    .filter((o) => o.length >= 2);
}

/** Names joined with ", ", each once whatever its case ("ndr.de" from JSON-LD, "NDR.de" from the author tag). */
function joinNames(names: readonly string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out.join(', ');
}

/** The authors, joined with ", "; `undefined` when the page names none but its outlet. */
export function pageAuthors(doc: DomDocument, evidence: AuthorEvidence): string | undefined {
  const outlet = compactOutlet(evidence.outlet);
  const fromTags = evidence.tags
    .filter((t): t is string => t !== undefined && !/^https?:\/\//u.test(t))
    .map(stripBylineWord)
    .filter((t): t is string => t !== undefined)
    .map(dropRoles)
    .map((name) => ({ name, organisation: looksOrganisational(name) }));
  const stated = [...ldAuthors(evidence.ld), ...fromTags];
  const unique = (list: readonly Named[]): string => joinNames(list.map((n) => n.name));
  // A JSON-LD list naming a person: its people, with an agency credited beside them ("Paula Steiger, SDA").
  const ldList = ldAuthors(evidence.ld).filter((n) => !isOutlet(n.name, outlet) && !isCompany(n.name));
  if (ldList.some((n) => !n.organisation)) return unique(ldList);
  const person = stated.find((n) => !n.organisation && !isOutlet(n.name, outlet));
  if (person !== undefined) return person.name;
  // People the page's own byline names come before an agency its metadata credits ("AFP" in JSON-LD, "Von: Anna
  // Berg, Carl Dorn" on the page); a later byline (a teaser's) only when nothing is credited.
  const own = pageBylines(doc, true).filter((n) => !looksOrganisational(n) && !isOutlet(n, outlet));
  if (own.length > 0) return joinNames(own);
  const agencies = stated.filter((n) => !isOutlet(n.name, outlet) && !isCompany(n.name));
  if (agencies.length > 0) return unique(agencies);
  const byline = pageBylines(doc);
  if (byline.length > 0) return joinNames(byline);
  // No person named: the outlet or company the page credits.
  return stated.length > 0 ? unique(stated) : undefined;
}
