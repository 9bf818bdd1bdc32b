import { describe, expect, it } from 'vitest';
import { DocumentFrequencies } from '../../src/cluster/df.js';

describe('DocumentFrequencies', () => {
  it('counts documents per term and gives unseen terms the highest idf', () => {
    const df = new DocumentFrequencies(100);
    df.add(['kim', 'putin']);
    df.add(['kim']);
    expect(df.documents).toBe(2);
    expect(df.idf('kim')).toBeCloseTo(Math.log(3 / 3) + 1, 12);
    expect(df.idf('putin')).toBeCloseTo(Math.log(3 / 2) + 1, 12);
    expect(df.idf('neu')).toBeGreaterThan(df.idf('putin'));
  });

  it('stays bounded: the rarest terms go first when the limit is passed', () => {
    const df = new DocumentFrequencies(8);
    for (let i = 0; i < 3; i++) df.add(['oft', 'auch']);
    for (let i = 0; i < 20; i++) df.add([`selten${String(i)}`]);
    expect(df.size).toBeLessThanOrEqual(8);
    expect(df.idf('oft')).toBeLessThan(df.idf('selten0'));
    expect(df.idf('oft')).toBeCloseTo(Math.log(24 / 4) + 1, 12);
  });
});
