/** German articles, the words several tables open a noun phrase with. */

/** The definite and indefinite articles in every case. */
export const ARTICLES: readonly string[] = [
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'eines',
  'einem',
  'einen',
];

/** A preposition fused with the article ("zum russischen Präsidenten", "im Jahr", "beim Stadtlauf"). */
export const ARTICLE_CONTRACTIONS: readonly string[] = ['im', 'am', 'zum', 'zur', 'vom', 'beim'];
