import type { CleanTables } from '../tables.js';
import type { CleanRule, Decision, Line } from './types.js';
import { keptPer } from '../../core/kept.js';

/** A prefix marks boilerplate only on a line of at most this many words, unless its table entry says otherwise. */
const PREFIX_MAX_WORDS = 14;

/** A list item: a line opening with a dash, star or bullet ("- Slash pages …", "-- a ranking of …"). */
const LIST_ITEM = /^(?:-{1,3}|[*•·])\s/u;

type Prefix = CleanTables['prefixes'][number];

/** The prefixes of a table lower-cased (once per table, not per line and prefix). */
const loweredPrefixes = keptPer((prefixes: readonly Prefix[]): readonly string[] =>
  prefixes.map((p) => p.prefix.toLowerCase()),
);

function judge(line: Line, tables: CleanTables): { reason: string; entry?: Prefix } | undefined {
  const { key } = line;
  if (key !== '' && tables.navigation.some((m) => m(key))) return { reason: 'navigation' };
  if (key !== '' && tables.promotion.some((m) => m(key))) return { reason: 'promotion' };
  const lower = line.text.toLowerCase();
  const lowered = loweredPrefixes(tables.prefixes);
  const entry = tables.prefixes.find(
    (p, i) => line.words <= (p.maxWords ?? PREFIX_MAX_WORDS) && lower.startsWith(lowered[i] as string),
  );
  if (entry) return { reason: entry.reason, entry };
  const phrase = tables.phrases.find(
    (p) => line.words <= (p.maxWords ?? PREFIX_MAX_WORDS) && lower.includes(p.phrase),
  );
  return phrase ? { reason: phrase.reason } : undefined;
}

/** Indexes of the list items right after line `from` (empty lines between them allowed). */
function listAfter(lines: readonly Line[], from: number): number[] {
  const items: number[] = [];
  for (let i = from + 1; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (text === '') continue;
    if (!LIST_ITEM.test(text)) break;
    items.push(i);
  }
  return items;
}

/**
 * Navigation and promotion lines from the language tables: "zum Hauptinhalt", "Jetzt entdecken", "Lesezeit: 2 min",
 * a short line holding "Abonniere den WhatsApp-Kanal";
 * a prefix entry marked `list` takes the dash list that follows its line along.
 */
export const boilerplate: CleanRule = {
  name: 'boilerplate',
  apply({ lines, decided, tables }) {
    const out = new Map<number, Decision>();
    for (const line of lines) {
      if (line.text === '' || decided.has(line.index) || out.has(line.index)) continue;
      const verdict = judge(line, tables);
      if (!verdict) continue;
      out.set(line.index, { reason: verdict.reason, rule: this.name });
      if (verdict.entry?.list !== true) continue;
      for (const i of listAfter(lines, line.index)) {
        if (!decided.has(i)) out.set(i, { reason: verdict.reason, rule: this.name });
      }
    }
    return out;
  },
};
