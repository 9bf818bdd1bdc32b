import type { ClusterRules } from '../cluster-rules.js';

/**
 * English tables for story clustering: hyphen parts off (pooled Multi-News BCubed F1 0.888 → 0.885 with them).
 *
 * Same-source templates (see src/cluster/templates.ts; patterns match the lower-cased text): the footers of press
 * releases sent through PR Newswire, Business Wire and GlobeNewswire ("About <Company>", the forward-looking
 * statements, the media contact, "SOURCE <Company>"), the wire's dateline marks and an agency's copyright line say
 * who sent a text, not what happened. Two releases of one company about different events share all of it.
 */
export const cluster: ClusterRules = {
  hyphenParts: false,
  templates: {
    // From the first of these on, the text is a release's footer. "About <Company>" is a heading: a short line of
    // its own, with no sentence end in it (a paragraph that begins "About 200 people …" ends with a full stop).
    footers: [
      String.raw`(?:^|\n)[ \t]*about [^\n.!?:]{2,60}(?:\n|$)`,
      String.raw`(?:^|\n)[ \t]*(?:cautionary (?:note|statement)s? (?:regarding|concerning|about) )?(?:forward-looking statements?|safe harbou?r statement)\b`,
      String.raw`this (?:press )?release (?:contains|includes|may contain) (?:certain )?["“]?forward-looking statements\b`,
      String.raw`(?:^|\n)[ \t]*(?:media|press|investor|investor relations)(?: and (?:media|investor|analyst))? contacts?\b`,
      String.raw`(?:^|\n)[ \t]*for (?:further|more|additional) information,? (?:please )?contact\b`,
      String.raw`(?:^|\n)[ \t]*source:? [^\n]{2,80}(?:\n|$)`,
      String.raw`view (?:original content|source version)(?: to download multimedia)?(?: on [a-z.]+)?\s*:`,
    ],
    phrases: [
      // a wire's dateline mark: `/PRNewswire/ --`, `(BUSINESS WIRE) --`, `(GLOBE NEWSWIRE) --`, `(Reuters) -`
      String.raw`/\s*prnewswire(?:-[a-z]+)?\s*/\s*(?:--|–|—)?`,
      String.raw`\((?:business wire|globe newswire|marketwired|accesswire|prweb)\)\s*(?:--|–|—)?`,
      String.raw`\((?:reuters|ap|afp|upi|bloomberg)\)\s*(?:--|–|—|-)`,
      // an agency's copyright lines
      String.raw`(?:copyright|©)\s*(?:\(c\)\s*)?\d{4}[^\n]{0,60}?all rights reserved\.?`,
      String.raw`this material may not be published, broadcast, rewritten,? or redistributed\.?`,
      // a listed company's ticker: who sent it
      String.raw`\((?:nasdaq|nyse|nyse american|nyse mkt|amex|tsx|tsx-v|tsxv|otcqb|otcqx|otc|lse|asx|cse)\s*:\s*[a-z.]{1,6}\)`,
      String.raw`\be-?mail\s*:`,
      // contact lines: a label and the number after it
      String.raw`\b(?:tel|phone|telephone|fax|mobile|cell)\.?\s*:?\s*(?:\+\d+\s*)?[\d(][\d ().–-]{6,}\d`,
    ],
    sender: String.raw`^\s*(?:about|source:?)\s+(?<sender>[^,\n]{4,60}?)\s*(?:,|\n|$)`,
  },
};
