import { describe, expect, it } from 'vitest';
import { entityMentions } from './support.js';

describe('English adjectives of nationality', () => {
  it('are no person beside a person\'s name ("and Mexican journalist Anabel Hernandez")', () => {
    const found = entityMentions(
      'The interview between Emma Coronel and Mexican journalist Anabel Hernandez aired on Sunday.',
      'en',
    );
    expect(found).toContain('Emma Coronel (person)');
    expect(found.filter((m) => m.startsWith('Mexican'))).toEqual([]);
  });

  it('are no organisation beside one ("the latest Iranian and United Nations reports")', () => {
    const found = entityMentions(
      'The analysis is based on the latest Iranian and United Nations reports.',
      'en',
    );
    expect(found).toEqual(['United Nations (organization)']);
  });

  it('still open the name of an organisation ("American Enterprise Institute")', () => {
    const found = entityMentions('A fellow at the American Enterprise Institute wrote the report.', 'en');
    expect(found).toEqual(['American Enterprise Institute (organization)']);
  });

  it('leave a family name that is also one ("Jack German")', () => {
    const found = entityMentions('Jack German said he would go. German said so on Monday.', 'en');
    expect(found).toEqual(['Jack German (person)', 'German (person)']);
  });
});
