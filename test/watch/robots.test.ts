/** robots.txt as RFC 9309 reads it: the crawler's own group else `*`, longest match wins, Allow wins a tie. */
import { describe, expect, it } from 'vitest';
import { parseRobots } from '../../src/watch/index.js';

const TEXT = `# comments are ignored
User-agent: *
Disallow: /privat/
Allow: /privat/presse/
Disallow: /*.pdf$
Disallow: /suche?

User-agent: otherbot
Disallow: /
`;

describe('parseRobots', () => {
  const robots = parseRobots(TEXT, 'lagebild');
  it.each([
    ['/politik/gipfel', true],
    ['/privat/geheim', false],
    ['/privat/presse/mitteilung', true],
    ['/akten/bericht.pdf', false],
    ['/akten/bericht.pdf?x=1', true],
    ['/suche?q=kim', false],
    ['/suchen', true],
  ])('%s → %s', (path, allowed) => {
    expect(robots.allows(path)).toBe(allowed);
  });

  it("uses the crawler's own group instead of *, matched by product token and case-insensitively", () => {
    const own = parseRobots(
      `User-agent: *\nDisallow: /\n\nUser-Agent: LageBild\nDisallow: /intern/\n`,
      'lagebild',
    );
    expect(own.allows('/politik/')).toBe(true);
    expect(own.allows('/intern/x')).toBe(false);
    expect(parseRobots(TEXT, 'otherbot').allows('/politik/')).toBe(false);
  });

  it('an empty Disallow, an empty file and rules before any User-agent allow everything', () => {
    expect(parseRobots('User-agent: *\nDisallow:\n', 'lagebild').allows('/x')).toBe(true);
    expect(parseRobots('', 'lagebild').allows('/x')).toBe(true);
    expect(parseRobots('Disallow: /\n', 'lagebild').allows('/x')).toBe(true);
  });

  it('groups that share rules list their agents one after another', () => {
    const shared = parseRobots('User-agent: a\nUser-agent: lagebild\nDisallow: /nein\n', 'lagebild');
    expect(shared.allows('/nein')).toBe(false);
    expect(shared.allows('/ja')).toBe(true);
  });
});
