import { describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import type { Brief } from '../../src/brief/types.js';
import { expectGolden } from '../support/golden.js';
import { fakeIo } from '../support/io.js';
import { EXAMPLE_DIR, LEFTOVERS } from '../support/seeds.js';

async function briefJson(args: readonly string[] = []): Promise<{ brief: Brief; raw: string; code: number }> {
  const io = fakeIo();
  const code = await execute(['brief', EXAMPLE_DIR, '--format', 'json', ...args], io);
  return { brief: JSON.parse(io.out()) as Brief, raw: io.out(), code };
}

describe('lagebild brief on the example story', () => {
  it('has the documented shape and exit code 0', async () => {
    const { brief, code } = await briefJson();
    expect(code).toBe(0);
    expect(brief.schema).toBe('lagebild/brief@1');
    expect(brief.language).toBe('de');
    expect(brief.headline.length).toBeGreaterThan(10);
    expect(brief.articles).toHaveLength(5);
    expect(brief.errors).toEqual([]);
    for (const a of brief.articles) {
      expect(typeof a.id).toBe('string');
      expect(a.language).toBe('de');
      expect(Array.isArray(a.removed)).toBe(true);
      if (a.published !== undefined) expect(a.published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?/u);
    }
    expect(brief.sentences.length).toBeGreaterThanOrEqual(3);
  });

  it('every sentence is exactly the text its offsets point at', async () => {
    const { brief } = await briefJson();
    const byId = new Map(brief.articles.map((a) => [a.id, a]));
    for (const s of brief.sentences) {
      const article = byId.get(s.article);
      expect(article, s.article).toBeDefined();
      expect(article?.text.slice(s.start, s.end)).toBe(s.text);
      for (const id of s.support) expect(byId.has(id) && id !== s.article).toBe(true);
    }
  });

  it('stays under the word budget and repeats nothing', async () => {
    for (const words of [40, 120, 250]) {
      const { brief } = await briefJson(['--words', String(words)]);
      const total = brief.sentences.reduce((n, s) => n + s.text.split(/\s+/u).length, 0);
      expect(total).toBeLessThanOrEqual(words);
      expect(new Set(brief.sentences.map((s) => s.text)).size).toBe(brief.sentences.length);
    }
  });

  it('no leftover of any listed class in any article text or in the brief', async () => {
    const { brief } = await briefJson();
    const texts = [
      ...brief.articles.map((a) => a.text),
      brief.headline,
      ...brief.sentences.map((s) => s.text),
    ];
    for (const text of texts) for (const leftover of LEFTOVERS) expect(`\n${text}\n`).not.toContain(leftover);
  });

  it('reads the metadata of every seed', async () => {
    const { brief } = await briefJson();
    const meta = Object.fromEntries(brief.articles.map((a) => [a.id.slice(0, 3), a]));
    // 000 says "2019-04" in its header; the day is inferred from its text and the story (a preview of Thursday).
    expect(meta['000']).toMatchObject({ published: '2019-04-24', publishedInferred: true });
    expect(meta['001']).toMatchObject({ author: 'André Ballin', published: '2019-04-25' });
    expect(meta['002']).toMatchObject({ author: 'Silke Bigalke', published: '2019-04-26', source: 'SZ' });
    expect(meta['004']).toMatchObject({ author: 'Benedikt Voigt' });
  });

  it('carries the cross-source analysis with valid offsets; --no-analysis leaves it out', async () => {
    const { brief } = await briefJson();
    const analysis = brief.analysis;
    expect(analysis).toBeDefined();
    const byId = new Map(brief.articles.map((a) => [a.id, a]));
    const spans = [
      ...(analysis?.quotes ?? []),
      ...(analysis?.figures ?? []),
      ...(analysis?.timeline ?? []),
      ...(analysis?.entities.flatMap((e) => e.mentions) ?? []),
    ];
    expect(spans.length).toBeGreaterThan(50);
    for (const s of spans) expect(byId.get(s.article)?.text.slice(s.start, s.end)).toBe(s.text);
    expect(analysis?.quotes.find((q) => q.text.includes('dass Nordkorea abrüsten muss'))?.speaker).toBe(
      'Wladimir Putin',
    );
    expect(analysis?.coverage.matrix).toHaveLength(5);
    const without = await briefJson(['--no-analysis']);
    expect(without.brief.analysis).toBeUndefined();
  });

  it('never uses a title or heading as a summary sentence', async () => {
    const { brief } = await briefJson(['--words', '400']);
    const byId = new Map(brief.articles.map((a) => [a.id, a]));
    for (const s of brief.sentences) {
      const block = byId.get(s.article)?.blocks.find((b) => b.start <= s.start && s.end <= b.end);
      expect(block?.kind === 'paragraph' || block?.kind === 'list-item').toBe(true);
    }
  });

  it('gives byte-identical JSON for the same input', async () => {
    const a = await briefJson();
    const b = await briefJson();
    expect(a.raw).toBe(b.raw);
    expectGolden('brief/kim-putin-2019.json', a.raw);
  });

  it('prints a readable Markdown brief with citations and sources', async () => {
    const io = fakeIo(undefined, true);
    expect(await execute(['brief', EXAMPLE_DIR], io)).toBe(0);
    const md = io.out();
    expect(md).toMatch(/^# .+\n\n- .+\[\d\]/u);
    expect(md).toContain('## Quellen');
    expect(md).toMatch(/\n5\. \*\*/u);
    expect(md).toContain('**SZ**, 2019-04-26, Bericht, Silke Bigalke');
    expectGolden('brief/kim-putin-2019.md', md);
  });

  it('writes self-contained HTML in which article text is escaped', async () => {
    const io = fakeIo();
    expect(await execute(['brief', EXAMPLE_DIR, '--format', 'html'], io)).toBe(0);
    const html = io.out();
    expect(html).toMatch(/^<!doctype html>/u);
    expect(html).not.toMatch(/<script|<link|src=/iu);
    expect(html).toContain('&quot;Danke, dass Sie gekommen sind&quot;');
  });
});

describe('what an editor reads first (issue 14 targets, 120 words)', () => {
  const seed = (brief: Brief, id: string) => brief.articles.find((a) => a.id.startsWith(id));

  it('knows the kind of each seed: 000 and 003 previews, 004 an opinion piece, 001 and 002 reports', async () => {
    const { brief } = await briefJson(['--words', '120']);
    expect(Object.fromEntries(brief.articles.map((a) => [a.id.slice(0, 3), a.kind]))).toEqual({
      '000': 'preview',
      '001': 'report',
      '002': 'report',
      '003': 'preview',
      '004': 'opinion',
    });
  });

  it('dates every source to the day, stated or inferred (the summit was Thursday 25 April)', async () => {
    const { brief } = await briefJson(['--words', '120']);
    for (const a of brief.articles) expect(a.published, a.id).toMatch(/^\d{4}-\d{2}-\d{2}/u);
    expect(seed(brief, '001')).toMatchObject({ published: '2019-04-25' });
    expect(seed(brief, '001')?.publishedInferred).toBeUndefined();
    expect(seed(brief, '002')).toMatchObject({ published: '2019-04-26' });
    // Previews: written before the summit; the opinion piece: after it (it looks back on Thursday).
    expect(seed(brief, '000')).toMatchObject({ published: '2019-04-24', publishedInferred: true });
    expect(seed(brief, '003')).toMatchObject({ published: '2019-04-24', publishedInferred: true });
    expect(seed(brief, '004')).toMatchObject({ published: '2019-04-25', publishedInferred: true });
  });

  it('opens with the outcome, from a report written after the summit', async () => {
    const { brief } = await briefJson(['--words', '120']);
    const first = brief.sentences[0];
    const source = brief.articles.find((a) => a.id === first?.article);
    expect(source?.kind).toBe('report');
    expect((source?.published ?? '') > '2019-04-25' || source?.published === '2019-04-25').toBe(true);
    expect(first?.text).toContain('endet ohne konkretes Ergebnis');
    expect(first?.label).toBeUndefined();
    // The headline states the outcome: a report's title, not a preview's.
    expect(brief.headline).toBe('Kim und Putin schicken einen Gruß an Trump');
  });

  it('labels every line of a preview or an opinion piece, and puts them after the reports', async () => {
    const { brief } = await briefJson(['--words', '120']);
    const kindOf = new Map(brief.articles.map((a) => [a.id, a.kind]));
    let labelled = false;
    for (const s of brief.sentences) {
      const kind = kindOf.get(s.article);
      if (kind === 'preview' || kind === 'opinion') expect(s.label, s.text).toBe(kind);
      else expect(s.label, s.text).toBeUndefined();
      if (s.label !== undefined) labelled = true;
      else expect(labelled, `${s.text} comes after a labelled line`).toBe(false);
    }
  });

  it('labels the single-source and consensus claims of previews and opinion pieces as it labels lines', async () => {
    const { brief } = await briefJson(['--words', '120']);
    const kindOf = new Map(brief.articles.map((a) => [a.id, a.kind]));
    const labelOf = (id: string): string | undefined => {
      const kind = kindOf.get(id);
      return kind === 'preview' || kind === 'opinion' ? kind : undefined;
    };
    const single = brief.analysis?.coverage.singleClaims ?? [];
    expect(single.some((c) => c.label === 'preview')).toBe(true);
    for (const c of single) expect(c.label, c.text).toBe(labelOf(c.article));
    for (const c of brief.analysis?.coverage.consensus ?? []) {
      const labels = new Set(c.sources.map(labelOf));
      expect(c.label, c.text).toBe(labels.size === 1 ? [...labels][0] : undefined);
    }
  });

  it('cites both post-summit reports, 001 and 002 (as a line or in support)', async () => {
    const { brief } = await briefJson(['--words', '120']);
    const cited = new Set(
      brief.sentences.flatMap((s) => [s.article, ...s.support]).map((id) => id.slice(0, 3)),
    );
    expect(cited.has('001')).toBe(true);
    expect(cited.has('002')).toBe(true);
  });

  it('shows the outlet, date and kind of each line, and the labels, in Markdown and HTML', async () => {
    const io = fakeIo(undefined, true);
    expect(await execute(['brief', EXAMPLE_DIR, '--words', '120'], io)).toBe(0);
    const md = io.out();
    expect(md).toMatch(/^- Das Treffen zwischen Kim und Putin .* _\(SZ, 2019-04-26, Bericht\)_$/mu);
    expect(md).toContain('**Quelle unbekannt**, 2019-04-24 (erschlossen), Vorbericht');
    expect(md).toMatch(/^- \*\*(Meinung|Vorab berichtet):\*\* /mu);
    const html = new Map<string, string>();
    const hio = fakeIo();
    expect(await execute(['brief', EXAMPLE_DIR, '--words', '120', '--format', 'html'], hio)).toBe(0);
    html.set('out', hio.out());
    expect(html.get('out')).toContain('<span class="source">(SZ, 2019-04-26, Bericht)</span>');
    expect(html.get('out')).toMatch(
      /<strong class="label label-(opinion|preview)">(Meinung|Vorab berichtet):<\/strong>/u,
    );
  });
});

describe('one line per fact, independent sources, single-source claims (issue 14, 120 words)', () => {
  it('says no fact twice: the first meeting once, the opinion piece that says it too as support', async () => {
    // Before: a report line ("nach ihrem ersten Treffen") and an opinion line ("Zum ersten Mal haben sich …
    // getroffen") both said it. At 250 words the property test (test/brief/facts.test.ts) holds the rule.
    const { brief } = await briefJson(['--words', '120']);
    const first = brief.sentences.filter((s) => /erste[nms]? (Mal|Treffen)|erstmal/iu.test(s.text));
    expect(first).toHaveLength(1);
    expect(first[0]?.support.map((id) => id.slice(0, 3))).toContain('004');
  });

  it('names who the sources are; unknown outlets stay unknown and confirm nothing', async () => {
    const { brief } = await briefJson(['--words', '120']);
    const by = Object.fromEntries(brief.articles.map((a) => [a.id.slice(0, 3), a]));
    expect(by['002']).toMatchObject({ source: 'SZ', publisher: 'Süddeutsche Zeitung' });
    expect(by['002']?.outlet).toMatchObject({ country: 'DE', kind: 'newspaper' });
    expect(by['001']).toMatchObject({ source: 'DER STANDARD', sourceVia: 'signature' });
    expect(by['004']).toMatchObject({ source: 'Der Tagesspiegel', sourceVia: 'signature' });
    for (const id of ['000', '003']) {
      expect(by[id]?.source, id).toBeUndefined();
      expect(by[id]?.publisher, id).toBeUndefined();
    }
    const publisherOf = new Map(brief.articles.map((a) => [a.id, a.publisher]));
    for (const s of brief.sentences) {
      const expected = new Set(
        [s.article, ...s.support].map((id) => publisherOf.get(id)).filter((p) => p !== undefined),
      );
      expect(new Set(s.sources), s.text).toEqual(expected);
    }
    // The first line is carried by the most independent publishers among the report lines.
    const first = brief.sentences[0];
    for (const s of brief.sentences.filter((x) => x.label === undefined))
      expect(s.sources?.length ?? 0).toBeLessThanOrEqual(first?.sources?.length ?? 0);
    // Consensus: at least two independent publishers, each listed.
    for (const c of brief.analysis?.coverage.consensus ?? [])
      expect(c.publishers?.length ?? 0, c.text).toBeGreaterThanOrEqual(2);
  });

  it('lists the few most important single-source claims, ranked, not whole articles', async () => {
    const { brief } = await briefJson(['--words', '120']);
    const claims = brief.analysis?.coverage.singleClaims ?? [];
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThanOrEqual(5);
    const byId = new Map(brief.articles.map((a) => [a.id, a]));
    for (const c of claims) expect(byId.get(c.article)?.text.slice(c.start, c.end)).toBe(c.text);
    const scores = claims.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // No claim another publisher states (by the wording or the evidence): the outcome is not one.
    expect(claims.some((c) => c.text.includes('endet ohne konkretes Ergebnis'))).toBe(false);
    // Not page furniture or a question; each a sentence of at least eight words.
    for (const c of claims) {
      expect(c.text.split(/\s+/u).length, c.text).toBeGreaterThanOrEqual(8);
      expect(c.text.trim().endsWith('?')).toBe(false);
    }
    const io = fakeIo(undefined, true);
    expect(await execute(['brief', EXAMPLE_DIR, '--words', '120'], io)).toBe(0);
    const md = io.out();
    const section = md.split('## Nur in einer Quelle\n\n')[1]?.split('\n\n')[0] ?? '';
    expect(section.split('\n')).toHaveLength(claims.length);
    expect(md).toMatch(/\(2 unabhängige Quellen\) _\(SZ, 2019-04-26, Bericht\)_$/mu);
    expect(md).toContain('_(Quelle unbekannt, 2019-04-24 (erschlossen), Vorbericht)_');
    const hio = fakeIo();
    expect(await execute(['brief', EXAMPLE_DIR, '--words', '120', '--format', 'html'], hio)).toBe(0);
    expect(hio.out()).toContain('<h2>Nur in einer Quelle</h2>');
    expect(hio.out()).toContain('<span class="independent">(2 unabhängige Quellen)</span>');
  });
});
