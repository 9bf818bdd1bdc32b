/**
 * The shape of a language's one table of given names (`src/lang/<code>/given-names.ts`): every name once, with its
 * gender — female, male, or open (unisex like "Andrea" and "Kim", or a name whose gender the table does not know).
 * Both uses are derived from it: the entity stage's first names (every name in the table) and the gender cues of
 * the quote stage (the female and the male names; an open name leaves the person's gender open, excluding nobody).
 */

export interface GivenNameTable {
  readonly female: readonly string[];
  readonly male: readonly string[];
  /** Given names whose gender the table does not tell. */
  readonly open: readonly string[];
}

/** The names of a block of the table, written as words separated by white space. */
export function nameBlock(text: string): readonly string[] {
  return text.split(/\s+/u).filter((n) => n !== '');
}

/** Every name of the table once: the first names the entity stage reads. */
export function firstNamesOf(table: GivenNameTable): readonly string[] {
  return [...new Set([...table.female, ...table.male, ...table.open])];
}

/**
 * The tables read as one, later ones adding to earlier ones (English adds its names to the German and international
 * table): a name is female or male when some table says so and none says the other, open otherwise.
 */
export function mergeGivenNames(...tables: readonly GivenNameTable[]): GivenNameTable {
  const female = new Set(tables.flatMap((t) => t.female));
  const male = new Set(tables.flatMap((t) => t.male));
  const all = new Set(tables.flatMap((t) => firstNamesOf(t)));
  return {
    female: [...female].filter((n) => !male.has(n)),
    male: [...male].filter((n) => !female.has(n)),
    open: [...all].filter((n) => female.has(n) === male.has(n)),
  };
}

/** Names the table lists more than once (in one block or in two): each name belongs in the table once. */
export function repeatedGivenNames(table: GivenNameTable): readonly string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const n of [...table.female, ...table.male, ...table.open]) {
    if (seen.has(n)) repeated.add(n);
    seen.add(n);
  }
  return [...repeated];
}
