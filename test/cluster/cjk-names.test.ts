import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analyse/tokens.js';
import { cjkNames } from '../../src/cluster/cjk-names.js';
import { collectTerms, emptySignalCounts, termRulesFor, type SignalCounts } from '../../src/cluster/terms.js';
import { KNOWN_NAMES } from '../../src/lang/gazetteer-index.js';
import { CHINESE_NAMES, CHINESE_NOT_NAMES, PEOPLE } from '../../src/lang/gazetteer.js';

function terms(text: string, language: string): SignalCounts {
  const into = emptySignalCounts();
  collectTerms(text, tokenize(text, 0, text.length, language), into, termRulesFor(language));
  return into;
}

const entities = (text: string, language: string): string[] =>
  [...terms(text, language).entities.keys()].sort();

const shared = (a: SignalCounts, b: SignalCounts): string[] =>
  [...a.entities.keys()].filter((k) => b.entities.has(k)).sort();

describe('Chinese names meet their Latin-script mentions', () => {
  it('gives a Chinese and an English report of one event the same entity keys', () => {
    const zh = terms('美国总统拜登周三表示，美国将继续对伊朗施压，直到伊朗回到谈判桌。', 'zh');
    const en = terms(
      'President Joe Biden said on Wednesday the United States would keep pressure on Iran.',
      'en',
    );
    expect(shared(zh, en)).toEqual(['@biden', '@iran', '@usa']);
  });

  it('reads Traditional forms and regional spellings as the Simplified ones', () => {
    expect(entities('俄羅斯換俘接回蒲亭盟友 前烏克蘭政壇要角', 'zh')).toEqual([
      '@putin',
      '@russland',
      '@ukraine',
    ]);
    expect(entities('俄罗斯总统普京与乌克兰', 'zh')).toEqual(['@putin', '@russland', '@ukraine']);
  });

  it('lets the longest name win where a shorter one starts it or sits inside it', () => {
    expect(cjkNames('印度尼西亚总统')).toEqual(['Indonesien']);
    expect(cjkNames('印度总理')).toEqual(['Indien']);
    expect(cjkNames('罗马尼亚和罗马')).toEqual(['Rumänien', 'Rom']);
    expect(cjkNames('叙利亚首都大马士革')).toEqual(['Syrien', 'Damaskus']);
    expect(cjkNames('大马首相')).toEqual(['Malaysia']);
  });

  it('finds no name in a run without one, nor in a run that only looks like one', () => {
    expect(cjkNames('今天天气很好，我们去公园散步。')).toEqual([]);
    expect(entities('今天天气很好，我们去公园散步，然后回家吃饭。', 'zh')).toEqual([]);
    expect(cjkNames('北京时间10月10日晚间消息')).toEqual([]);
    expect(cjkNames('中美洲国家')).toEqual([]);
  });

  it('cuts Latin names and digits out of a Chinese run (written without spaces)', () => {
    const zh = terms('继Optus后新加坡电信又一澳洲业务遭遇数据泄露，影响多达900万客户', 'zh');
    expect([...zh.entities.keys()].sort()).toEqual(['@australien', '@optus', '@singapur']);
    expect([...zh.numbers.keys()]).toEqual(['#900']);
    expect(zh.words.has('optus')).toBe(true);
    const en = terms(
      'Singtel said its Australian unit Optus was hit, weeks after the attack on Optus in Australia.',
      'en',
    );
    expect(shared(zh, en)).toEqual(['@australien', '@optus']);
  });

  it('keeps the character bigrams of a Chinese run as words', () => {
    const zh = terms('新加坡科学家', 'zh');
    expect([...zh.words.keys()]).toEqual(['新加', '加坡', '坡科', '科学', '学家']);
  });
});

describe('Malay names meet English and German ones', () => {
  it('maps one-word and multi-word Malay names to the gazetteer’s canonical names', () => {
    const ms = terms('Menteri itu berkata Amerika Syarikat dan Korea Selatan akan berunding di Jepun.', 'ms');
    const en = terms('The minister said the United States and South Korea would hold talks in Japan.', 'en');
    expect(shared(ms, en)).toEqual(['@japan', '@sudkorea', '@usa']);
    expect(entities('Saintis di S’pura dan Singapura', 'ms')).toEqual(['@singapur']);
  });
});

describe('the Chinese name tables', () => {
  const canonicals = new Set(KNOWN_NAMES.map((k) => k.canonical));
  const all = [
    ...Object.entries(CHINESE_NAMES).flatMap(([c, names]) => names.map((n) => [n, c] as const)),
    ...PEOPLE.flatMap((p) => p.chinese.map((n) => [n, p.latin[0] ?? ''] as const)),
  ];

  it('names only gazetteer entries, each Chinese name one entity, of two or more Han characters', () => {
    expect(Object.keys(CHINESE_NAMES).filter((c) => !canonicals.has(c))).toEqual([]);
    const seen = new Map<string, string>();
    const clashes = all.filter(([n, c]) => (seen.get(n) ?? c) !== c || !seen.set(n, c));
    expect(clashes).toEqual([]);
    expect(all.filter(([n]) => !/^\p{Script=Han}{2,}$/u.test(n)).map(([n]) => n)).toEqual([]);
    expect(CHINESE_NOT_NAMES.filter((n) => cjkNames(n).length > 0)).toEqual([]);
  });

  it('finds every name of a run made of names and a filler, in order (property)', () => {
    const filler = '的';
    expect(all.some(([n]) => n.includes(filler))).toBe(false);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...all), { maxLength: 8 }), (picked) => {
        const run = picked.map(([n]) => n).join(filler);
        expect(cjkNames(run)).toEqual(picked.map(([, c]) => c));
      }),
    );
  });
});
