/**
 * robots.txt (RFC 9309), pure: the groups for a product token (else `*`), Allow/Disallow rules with `*` and `$`,
 * the longest matching rule wins and Allow wins a tie.
 */

interface Rule {
  readonly allow: boolean;
  readonly pattern: string;
  readonly regex: RegExp;
}

export interface Robots {
  /** Whether the path (with its query) may be fetched. */
  allows(pathAndQuery: string): boolean;
}

interface Group {
  readonly agents: string[];
  readonly rules: Rule[];
}

function patternRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`, 'u');
}

/** Parses robots.txt text into the groups it declares (unknown lines and rules outside a group are ignored). */
function groups(text: string): Group[] {
  const found: Group[] = [];
  let current: Group | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/u)) {
    const line = raw.replace(/#.*$/u, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/u.exec(line);
    if (!m) continue;
    const field = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        found.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current || (field !== 'allow' && field !== 'disallow')) continue;
    if (value === '') continue; // an empty Disallow allows everything
    current.rules.push({ allow: field === 'allow', pattern: value, regex: patternRegex(value) });
  }
  return found;
}

/** The rules robots.txt `text` gives the crawler named `product` (e.g. `lagebild`). */
export function parseRobots(text: string, product: string): Robots {
  const all = groups(text);
  const token = product.toLowerCase();
  const own = all.filter((g) => g.agents.some((a) => a === token || a.startsWith(`${token}/`)));
  const chosen = own.length > 0 ? own : all.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  return {
    allows(pathAndQuery) {
      let best: Rule | undefined;
      for (const rule of rules) {
        if (!rule.regex.test(pathAndQuery)) continue;
        if (
          !best ||
          rule.pattern.length > best.pattern.length ||
          (rule.pattern.length === best.pattern.length && rule.allow)
        )
          best = rule;
      }
      return best?.allow ?? true;
    },
  };
}

export const ALLOW_ALL: Robots = { allows: () => true };
export const DISALLOW_ALL: Robots = { allows: () => false };
