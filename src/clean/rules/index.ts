import { boilerplate } from './boilerplate.js';
import { captionAboveCredit, captionWithCredit } from './caption.js';
import { consentNotice } from './consent.js';
import { copyright } from './copyright.js';
import { credit } from './credit.js';
import { byline } from './byline.js';
import { imagePlaceholder } from './image-placeholder.js';
import { mediaInfo } from './media-info.js';
import { noSentenceForm } from './no-sentence-form.js';
import { strayOutlet } from './outlet.js';
import { repeatedAcrossArticles } from './repeated.js';
import { initialsSignoff, signoff } from './signoff.js';
import { teaser } from './teaser.js';
import { timestampLine } from './timestamp.js';
import { trailingHeading } from './trailing-heading.js';
import { trailingName } from './trailing-name.js';
import type { CleanRule } from './types.js';

export type { CleanRule, Decision, Line, MetaFinding, RuleContext } from './types.js';

/**
 * The cleaning rules in the order they run. Each decides only lines no earlier rule decided, so order
 * matters: the teaser goes before bylines (its "Kommentar von …" is not this article's author), credits
 * before the captions above them, consent notices right after the whole-line tables (a notice inside a line
 * takes only its part), then headings left at the end with nothing under them, and the trailing-name rule last
 * (both look at what is left; a name the heading stood under is then the last line).
 */
export const CLEAN_RULES: readonly CleanRule[] = [
  imagePlaceholder,
  boilerplate,
  timestampLine,
  mediaInfo,
  consentNotice,
  copyright,
  credit,
  captionWithCredit,
  captionAboveCredit,
  teaser,
  byline,
  signoff,
  initialsSignoff,
  strayOutlet,
  repeatedAcrossArticles,
  noSentenceForm,
  trailingHeading,
  trailingName,
];
