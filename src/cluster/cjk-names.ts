import { CHINESE_NAMES, CHINESE_NOT_NAMES, PEOPLE } from '../lang/gazetteer.js';

/**
 * Names inside runs of CJK characters, which are written without spaces or capitals: the Chinese names of the
 * gazetteer's places and organisations and of well-known people, found by longest match from left to right and
 * answered by the canonical name their Latin-script mentions have, so a Chinese and an English article meet on
 * 美国 / United States (both `USA`) or 普京 / Putin.
 */

interface Entry {
  readonly name: string;
  /** Canonical name, or '' for a run that contains a name but is no mention of it (北京时间, "Beijing time"). */
  readonly canonical: string;
}

/** Candidates by first character, longest first. */
type Index = ReadonlyMap<string, readonly Entry[]>;

function entries(): Entry[] {
  const out: Entry[] = [];
  for (const [canonical, names] of Object.entries(CHINESE_NAMES))
    for (const name of names) out.push({ name, canonical });
  for (const person of PEOPLE) {
    const canonical = person.latin[0] ?? '';
    for (const name of person.chinese) out.push({ name, canonical });
  }
  for (const name of CHINESE_NOT_NAMES) out.push({ name, canonical: '' });
  return out;
}

function build(): Index {
  const index = new Map<string, Entry[]>();
  for (const entry of entries()) {
    const first = entry.name.charAt(0);
    const list = index.get(first) ?? [];
    list.push(entry);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.name.length - a.name.length);
  return index;
}

let index: Index | undefined;

function theIndex(): Index {
  index ??= build();
  return index;
}

/** The longest name starting at `at` in `run`, if any. */
function longestAt(run: string, at: number, candidates: readonly Entry[]): Entry | undefined {
  return candidates.find((e) => run.startsWith(e.name, at));
}

/**
 * The canonical names of the names in a run of CJK characters, in order, one per mention: at each position the
 * longest name wins (印度尼西亚 is Indonesia, not India), and the search goes on after it.
 */
export function cjkNames(run: string): string[] {
  const idx = theIndex();
  const out: string[] = [];
  let i = 0;
  while (i < run.length) {
    const candidates = idx.get(run.charAt(i));
    const hit = candidates === undefined ? undefined : longestAt(run, i, candidates);
    if (hit === undefined) {
      i++;
      continue;
    }
    if (hit.canonical !== '') out.push(hit.canonical);
    i += hit.name.length;
  }
  return out;
}
