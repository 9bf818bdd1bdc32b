/**
 * Words in HTML `class`/`id` values and tag names that mark page furniture rather than the article (data for
 * `src/ingest/html-boilerplate.ts`; language-independent, though a few German class names occur).
 *
 * A class or id value is split into lower-case tokens at every non-alphanumeric character and at camelCase
 * humps ("figure__caption" → figure, caption; "shareBar" → share, bar). An element is furniture when one of
 * its tokens is in `BOILERPLATE_TOKENS`, or two consecutive tokens form an entry of `BOILERPLATE_PAIRS`.
 */

/** Elements dropped wherever they stand (trafilatura drops the same by default). */
export const BOILERPLATE_TAGS: readonly string[] = ['nav', 'footer', 'aside', 'figcaption', 'figure', 'menu'];

/** `role` values of furniture. */
export const BOILERPLATE_ROLES: readonly string[] = [
  'navigation',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
];

/** Single class/id tokens of furniture. */
export const BOILERPLATE_TOKENS: readonly string[] = [
  // image captions and credits
  'caption',
  'figcaption',
  'imagecaption',
  'credit',
  'credits',
  'copyright',
  'bildnachweis',
  'bildunterschrift',
  'bildtext',
  'imagedescription',
  'byline',
  'crumbs',
  // sharing and social widgets
  'share',
  'sharing',
  'shariff',
  'sharebar',
  'socialshare',
  'social',
  // comments
  'comment',
  'comments',
  'commentlist',
  'kommentar',
  'kommentare',
  'disqus',
  // related content and recommendations
  'related',
  'relatedposts',
  'recommended',
  'recommendations',
  'empfehlungen',
  'outbrain',
  'taboola',
  // newsletters, subscriptions, cookie banners
  'newsletter',
  'subscribe',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  // navigation
  'breadcrumb',
  'breadcrumbs',
  'pagination',
  'pager',
  'navbar',
  'navigation',
  'menu',
  'footer',
  'sidebar',
  // polls and affiliate notices
  'poll',
  'umfrage',
  'affiliate',
  // ratings, tags
  'ratings',
  'tagcloud',
];

/** Pairs of consecutive tokens of furniture ("author-bio", "about the author" boxes, "more articles"). */
export const BOILERPLATE_PAIRS: readonly (readonly [string, string])[] = [
  ['author', 'bio'],
  ['author', 'box'],
  ['author', 'info'],
  ['about', 'author'],
  ['post', 'author'],
  ['entry', 'author'],
  ['author', 'description'],
  ['more', 'articles'],
  ['read', 'more'],
  ['entry', 'utility'],
  ['entry', 'meta'],
  ['post', 'meta'],
  ['article', 'meta'],
  ['post', 'tags'],
  ['article', 'tags'],
  ['image', 'annotation'],
  ['media', 'caption'],
];

/** Class values with these prefixes describe the article (WordPress "category-…", "tag-…", "has-…"), not a part. */
export const NEUTRAL_CLASS_PREFIXES: readonly string[] = [
  'category-',
  'tag-',
  'tax-',
  'has-',
  'with-',
  'no-',
  'is-',
  'page-',
  'postid-',
  'format-',
  'status-',
];

/**
 * Class/id tokens of a lead paragraph (standfirst, deck, abstract) that pages put in the article header, where
 * Readability drops it.
 */
export const LEAD_TOKENS: readonly string[] = [
  'lead',
  'intro',
  'teaser',
  'abstract',
  'subtitle',
  'subheadline',
  'deck',
  'standfirst',
  'chapo',
  'summary',
  'excerpt',
];

/**
 * Languages whose news pages count the standfirst shown under the headline (German "Vorspann", "Teaser") as part
 * of the article, also when it is not marked as a lead: the block that repeats the page's meta description is put
 * back in front of the text. English pages set the same block apart as a deck, outside the article body.
 */
export const DESCRIPTION_LEAD_LANGUAGES: readonly string[] = ['de'];
