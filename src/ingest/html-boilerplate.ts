/**
 * Pure DOM pre-cleaning before Readability: drops page furniture (navigation, footers, asides, image captions
 * and credits, share and comment widgets, related-article boxes, newsletter and cookie banners) recognised by
 * tag, `role` and class/id words from the table in `src/lang/boilerplate-html.ts`. Readability alone keeps many
 * of these when they stand inside the article's container.
 */
import {
  BOILERPLATE_PAIRS,
  BOILERPLATE_ROLES,
  BOILERPLATE_TAGS,
  BOILERPLATE_TOKENS,
  NEUTRAL_CLASS_PREFIXES,
} from '../lang/boilerplate-html.js';
import { tagOf, type DomElement } from './dom.js';

const TAGS = new Set(BOILERPLATE_TAGS);
const ROLES = new Set(BOILERPLATE_ROLES);
const TOKENS = new Set(BOILERPLATE_TOKENS);
const PAIRS = new Set(BOILERPLATE_PAIRS.map(([a, b]) => `${a} ${b}`));

/** An element holding more than this share of the body's text is never dropped (it may be the article). */
const MAX_SHARE = 0.4;

/** Lower-case tokens of one class or id value: split at non-alphanumerics and camelCase humps. */
export function attributeTokens(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((t) => t !== '');
}

function furnitureValue(value: string): boolean {
  const lower = value.toLowerCase();
  if (NEUTRAL_CLASS_PREFIXES.some((p) => lower.startsWith(p))) return false;
  const tokens = attributeTokens(value);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (TOKENS.has(token)) return true;
    const next = tokens[i + 1];
    if (next !== undefined && PAIRS.has(`${token} ${next}`)) return true;
  }
  return false;
}

/** Whether an element's tag, role, class or id marks it as furniture. */
export function isFurniture(el: DomElement): boolean {
  if (TAGS.has(tagOf(el))) return true;
  const role = el.getAttribute('role');
  if (role !== null && ROLES.has(role.trim().toLowerCase())) return true;
  const cls = el.getAttribute('class');
  if (cls !== null && cls.split(/\s+/u).some(furnitureValue)) return true;
  const id = el.getAttribute('id');
  return id !== null && furnitureValue(id);
}

const textLength = (el: DomElement): number => (el.textContent ?? '').replace(/\s+/gu, ' ').length;

/**
 * Removes furniture below `root` in place (the root itself stays); returns how many elements were removed. An
 * element holding more than `maxShare` of the root's text is kept: it is more likely the article's wrapper.
 */
export function removeFurniture(root: DomElement, maxShare = MAX_SHARE): number {
  const limit = textLength(root) * maxShare;
  const all = root.querySelectorAll('*');
  const doomed: DomElement[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!el || !isFurniture(el)) continue;
    if (textLength(el) > limit) continue;
    doomed.push(el);
  }
  for (const el of doomed) el.remove();
  return doomed.length;
}

/** A media box's text (caption, credit, player label, duration) is at most this long. */
const MEDIA_BOX_MAX_CHARS = 200;
/** A teaser card (picture, headline, a line or two of teaser text) is at most this long. */
const TEASER_CARD_MAX_CHARS = 500;
/** A paragraph this long is prose: a box holding one is no media box. */
const PROSE_CHARS = 80;

/**
 * What a browser does not show as text: scripts and styles (a media box often carries its JSON-LD), and the
 * fallback inside `<video>`/`<audio>` ("To view this video please enable JavaScript …"), shown only where the
 * player cannot play.
 */
const UNSHOWN_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'video',
  'audio',
]);
/** `UNSHOWN_TAGS` as a selector. */
const UNSHOWN = [...UNSHOWN_TAGS].join(', ');
const PLAYERS = new Set(['video', 'audio']);

/** Whether an ancestor of `el` below `root` has one of `tags`. */
function inside(el: DomElement, tags: ReadonlySet<string>, root: DomElement): boolean {
  for (let at = el.parentElement; at !== null && at !== root; at = at.parentElement)
    if (tags.has(tagOf(at))) return true;
  return false;
}

/** The element's text without what a browser does not show as text (`UNSHOWN_TAGS`). */
function visibleLength(el: DomElement): number {
  let hidden = 0;
  const code = el.querySelectorAll(UNSHOWN);
  for (let i = 0; i < code.length; i++) {
    const inner = code[i]!;
    // nested ones (a <noscript> in a <video>) count once
    if (!inside(inner, UNSHOWN_TAGS, el)) hidden += textLength(inner);
  }
  return textLength(el) - hidden;
}

function holdsProse(el: DomElement): boolean {
  const paragraphs = el.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (textLength(p) >= PROSE_CHARS && !inside(p, PLAYERS, el)) return true;
  }
  return false;
}

/** An image description counts as a caption's text from this many words on (shorter ones are labels, names). */
const ALT_MIN_WORDS = 4;
/** What a box may hold besides the caption that repeats its image's description: a credit, a copyright line. */
const CAPTION_REST_MAX_CHARS = 100;

const spaced = (value: string): string => value.replace(/\s+/gu, ' ').trim().toLowerCase();

/** Share of a caption's words its image's description must hold for the caption to be that description reworded. */
const REWORDED_SHARE = 0.6;

/** Most words of `text` are words of `alt` ("Brand im Hafen von X, 3. Mai" for "Löscharbeiten nach dem Brand im Hafen von X, 3. Mai"). */
function reworded(text: string, alt: string): boolean {
  const words = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];
  const described = new Set(words(alt));
  const shown = words(text);
  return (
    shown.length >= ALT_MIN_WORDS &&
    shown.filter((w) => described.has(w)).length >= REWORDED_SHARE * shown.length
  );
}

/**
 * A box whose text is its image's description (`alt` or `title`) repeated as the caption, with at most a credit
 * after it ("Anna Berg spricht in Berlin. Foto: Carl Dorn"), or reworded (`reworded`): a caption however long it
 * is.
 */
function altCaption(el: DomElement): boolean {
  const text = spaced(el.textContent ?? '');
  const images = el.querySelectorAll('img');
  for (let i = 0; i < images.length; i++) {
    const image = images[i]!;
    for (const described of [image.getAttribute('alt'), image.getAttribute('title')]) {
      const alt = spaced(described ?? '');
      if (alt.split(' ').length < ALT_MIN_WORDS) continue;
      if (text.length > alt.length + CAPTION_REST_MAX_CHARS) continue;
      if (text.startsWith(alt) || reworded(text, alt)) return true;
    }
  }
  return false;
}

/**
 * Removes media boxes below `root` in place: a `div` or `section` that holds a picture, video or audio and only
 * a little text besides it (a caption, a credit, "Video starten", a duration, "Verfügbar bis …"), no paragraph
 * of prose, or only its image's description repeated as a caption and a credit (`altCaption`). Pages that mark
 * their figures with no `figure` element nor a caption class leave these lines in the text. So is a teaser card
 * of another article standing in the text: an `<article>` element with a picture and at most a few lines. An
 * element holding more than `maxShare` of the root's text is kept (a short article with its picture).
 */
export function removeMediaBoxes(root: DomElement, maxShare = MAX_SHARE): number {
  const share = visibleLength(root) * maxShare;
  const limit = Math.min(MEDIA_BOX_MAX_CHARS, share);
  const doomed: DomElement[] = [];
  // a teaser card: a short <article> inside the content, with a picture (its link may be gone: an empty overlay)
  const cards = root.querySelectorAll('article');
  for (let i = 0; i < cards.length; i++) {
    const el = cards[i];
    if (!el || el.querySelector('img, picture') === null) continue;
    if (visibleLength(el) <= Math.min(TEASER_CARD_MAX_CHARS, share)) doomed.push(el);
  }
  const all = root.querySelectorAll('div, section');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!el || el.querySelector('img, picture, video, audio') === null) continue;
    const length = visibleLength(el);
    if ((length > limit || holdsProse(el)) && !(length <= share && altCaption(el))) continue;
    doomed.push(el);
  }
  for (const el of doomed) el.remove();
  return doomed.length;
}
