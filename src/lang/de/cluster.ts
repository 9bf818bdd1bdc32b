import type { ClusterRules } from '../cluster-rules.js';

/**
 * German tables for story clustering, each measured with `lagebild eval similarity` (SemEval-2022 de-de Pearson):
 * hyphen parts 0.674 → 0.702 (calibrated, after cleaning); see docs/clustering.md "Similarity (SemEval)" for the
 * source markers, identifier numbers and compound parts (the compound table: `./compounds.ts`).
 */
export const cluster: ClusterRules = {
  hyphenParts: true,
  // dpa and its regional services (lnw, lby, …), dpa-AFX, DGAP ad-hoc notices, police press offices (POL-…)
  // via news aktuell (ots), ROUNDUP headers of dpa-AFX, and the other German-language agencies.
  sourceMarkers: [
    'dpa',
    'afx',
    'dpa-afx',
    'roundup',
    'dgap',
    'adhoc',
    'dgap-adhoc',
    'dgap-news',
    'pol',
    'ots',
    'apa',
    'afp',
    'kna',
    'epd',
    'dts',
    'sid',
    'tmn',
    'lnw',
    'lby',
    'lsw',
    'lni',
    'lhe',
    'lno',
    'lrs',
    'lsa',
    'lmv',
    'lbn',
  ],
  dropIdentifierNumbers: true,
  templates: {
    // Contact and legal footers of press releases (news aktuell / ots, police press offices, DGAP / EQS notices).
    footers: [
      String.raw`r(?:ü|ue)ckfragen (?:bitte )?an\b`,
      String.raw`bitte erkundigen sie sich`,
      String.raw`original-(?:content|inhalt) von\b`,
      String.raw`weiteres material\s*:`,
      String.raw`pressekontakt\s*:`,
      String.raw`medienkontakt\s*:`,
      String.raw`ende der (?:mitteilung|insiderinformation|ad-hoc-mitteilung)\b`,
      String.raw`die dgap distributionsservices`,
      String.raw`die eqs distributionsservices`,
    ],
    phrases: [
      // the legal lines of an ad-hoc notice
      String.raw`ver(?:ö|oe)ffentlichung einer insiderinformation[^.]{0,40}artikel 17 der verordnung \(eu\) nr\. 596/2014`,
      String.raw`(?:ü|ue)bermittelt durch (?:dgap|eqs|news aktuell)\b(?: - ein service der eqs group ag)?`,
      String.raw`f(?:ü|ue)r den inhalt der mitteilung ist der emittent(?: / herausgeber)? verantwortlich`,
      String.raw`schlagwort\(e\)\s*:\s*[^\s/]+(?:/[^\s/]+)*`,
      String.raw`\d{1,2}\.\d{1,2}\.\d{4}\s*/\s*\d{1,2}:\d{2}\s*cet/cest`,
      // a police press office's header (`POL-Pforzheim: (PF)`, `POL-GÖ: (108/2020)`) and the ots dateline
      String.raw`\bpol-[\p{L}\p{N}-]+\s*:\s*(?:\([^()\n]{1,20}\))?`,
      String.raw`\(ots\)`,
      String.raw`\be-mail\s*:`,
      // contact lines: a label and the number after it
      String.raw`\b(?:telefon|tel\.|fax|telefax|mobil|handy)\s*:?\s*(?:\+\d+\s*)?[\d][\d /()–-]{4,}\d`,
    ],
    sender: String.raw`^(?:original-(?:content|inhalt) von|r(?:ü|ue)ckfragen (?:bitte )?an)\s*:?\s*(?<sender>[^,\n]{4,80}?)\s*(?:,|\n|$)`,
  },
};
