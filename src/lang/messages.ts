/**
 * The message tables by language (one per language, `src/lang/<code>/messages.ts`), and counted phrases with the
 * language's plural rules (`Intl.PluralRules`): "1 Quelle", "2 Quellen". Small on purpose: the web page imports
 * this module (not the whole language registry); `registerLanguage` adds a language's table here.
 */
import { messages as de } from './de/messages.js';
import { messages as en } from './en/messages.js';
import type { CountKey, MessageTable, PluralForms } from './message-types.js';

export type * from './message-types.js';

const tables = new Map<string, MessageTable>([
  ['de', de],
  ['en', en],
]);

/** Adds (or replaces) the table of a language (called by `registerLanguage`). */
export function registerMessages(table: MessageTable): void {
  tables.set(table.code, table);
}

/** The table of a language tag (`de-AT` → German); English when the language has none. */
export function messagesFor(tag: string): MessageTable {
  const primary = tag.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return tables.get(primary) ?? en;
}

/** `{name}` in `template` replaced by `values[name]` (unknown names stay as they are). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) =>
    values[name] !== undefined ? String(values[name]) : whole,
  );
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` for `n` in the table's language, with `{n}` filled in. */
export function plural(table: MessageTable, forms: PluralForms, n: number): string {
  let rule = rules.get(table.code);
  if (rule === undefined) {
    rule = new Intl.PluralRules(table.code);
    rules.set(table.code, rule);
  }
  return fill(forms[rule.select(n)] ?? forms.other, { n });
}

/** "1 Quelle", "2 Quellen", "1 source" … */
export function countText(table: MessageTable, key: CountKey, n: number): string {
  return plural(table, table.counts[key], n);
}
