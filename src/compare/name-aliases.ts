/**
 * One person, one entity, however the story writes the name: after the scan, person keys that stand for a name
 * found in full are joined to it.
 * - **Middle names and initials**: "Randy W. Lambach" and "Randy Lambach", "Ross William Ulbricht" and "Ross
 *   Ulbricht" are one person when the story has exactly one longer form with that given and family name (with two,
 *   "George H. W. Bush" and "George W. Bush", the short form is left as it is: it could be either).
 * - **One word alone**: features and court reports name a person in full once and by the given name after
 *   ("Kristine Bunch … Kristine said"); a one-word person name that is the given or family name of exactly one person
 *   named in full in the story (after the joins above) is that person ("Lambach" with "Randy W. Lambach" and "Randy
 *   Lambach", which `addShortNames` left alone as two names). With two ("Michael Cohen", "Michael Avenatti"; "Dean
 *   Martin", "Martin Luther") it stays alone.
 * Keys are person keys (`person:` and the name key, words split at spaces); the result maps a key to the key it joins.
 */

const PERSON = 'person:';

/** The words of a person key ("person:randy w. lambach" → randy, w., lambach); none for other keys. */
function keyWords(key: string): readonly string[] {
  return key.startsWith(PERSON) ? key.slice(PERSON.length).split(' ') : [];
}

/**
 * Whether two person keys are a name with and without words between ("randy w. lambach", "randy lambach"): the lone
 * family name is theirs whichever is counted more (the two become one below).
 */
export function sameEnds(a: string, b: string): boolean {
  const x = keyWords(a);
  const y = keyWords(b);
  // One of them given and family name only: two longer forms ("george h. w. bush", "george w. bush") are two people.
  if (Math.min(x.length, y.length) !== 2 || Math.max(x.length, y.length) < 3) return false;
  return x[0] === y[0] && x[x.length - 1] === y[y.length - 1];
}

/** The key each variant joins: longer forms to a short one, in one step (no chains). */
export function personAliases(counts: ReadonlyMap<string, number>): Map<string, string> {
  const out = new Map<string, string>();
  const full = [...counts.keys()].filter((k) => keyWords(k).length >= 2);
  // Given and family name → the longer forms with words between (middle names, initials).
  const longer = new Map<string, string[]>();
  for (const key of full) {
    const words = keyWords(key);
    if (words.length < 3) continue;
    const pair = `${PERSON}${words[0] ?? ''} ${words[words.length - 1] ?? ''}`;
    const list = longer.get(pair);
    if (list === undefined) longer.set(pair, [key]);
    else list.push(key);
  }
  for (const [pair, forms] of longer) {
    const [only, second] = forms;
    if (only === undefined || second !== undefined || !counts.has(pair)) continue;
    // The form named more often keeps its key (the display name is chosen from all mentions either way).
    if ((counts.get(pair) ?? 0) >= (counts.get(only) ?? 0)) out.set(only, pair);
    else out.set(pair, only);
  }
  const target = (key: string): string => out.get(key) ?? key;
  // Given or family name → the people (joined keys) named in full with it.
  const byWord = new Map<string, Set<string>>();
  const add = (word: string, key: string): void => {
    const set = byWord.get(word) ?? new Set<string>();
    set.add(target(key));
    byWord.set(word, set);
  };
  for (const key of full) {
    const words = keyWords(key);
    add(words[0] ?? '', key);
    add(words[words.length - 1] ?? '', key);
  }
  for (const key of counts.keys()) {
    const words = keyWords(key);
    const [word] = words;
    if (word === undefined || words.length !== 1) continue;
    const people = byWord.get(word);
    const [person, other] = people === undefined ? [] : [...people];
    if (person !== undefined && other === undefined) out.set(key, person);
  }
  return out;
}
