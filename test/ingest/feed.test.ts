import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import type { SourceDocument } from '../../src/core/types.js';
import { ingest, isFeedPath, NO_ITEM_TEXT, parseFeedText, sniffFeed } from '../../src/ingest/index.js';
import { fakeIo } from '../support/io.js';
import { tempFolder } from './helpers.js';

const DIR = 'test/fixtures/feeds';
const fixture = (name: string): string => join(DIR, name);
const read = (name: string): string => readFileSync(fixture(name), 'utf8');

function byId(docs: readonly SourceDocument[], id: string): SourceDocument {
  const doc = docs.find((d) => d.id === id);
  if (!doc) throw new Error(`no document ${id} among ${docs.map((d) => d.id).join(', ')}`);
  return doc;
}

describe('RSS 2.0', () => {
  it('one document per item: guid ids, title, link, date, author, outlet and language', async () => {
    const { documents, errors } = await ingest([fixture('tagesblatt.rss')]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([
      'tb-2019-0425-001',
      'https://tagesblatt.example/politik/kreml-erklaerung',
    ]);
    const first = byId(documents, 'tb-2019-0425-001');
    expect(first.file).toBe(`${fixture('tagesblatt.rss')}#1`);
    expect(first.meta).toEqual({
      title: 'Kim Jong Un trifft Putin in Wladiwostok',
      url: 'https://tagesblatt.example/politik/kim-putin',
      source: 'Tagesblatt & Co.',
      author: 'Anna Berger',
      published: '2019-04-25T06:15:00Z',
      language: 'de',
    });
    expect(first.encoding).toBe('utf-8');
  });

  it('content:encoded wins over the description and goes through the HTML reader', async () => {
    const { documents } = await ingest([fixture('tagesblatt.rss')]);
    const first = byId(documents, 'tb-2019-0425-001');
    expect(first.format).toBe('html');
    expect(first.text).toBe(
      'Nordkoreas Machthaber Kim Jong Un ist mit seinem Panzerzug in Wladiwostok eingetroffen. Am Donnerstag ' +
        'trifft er dort Russlands Präsidenten Wladimir Putin.\n\nEs ist das erste Treffen der beiden Staatschefs. ' +
        'Beobachter erwarten Gespräche über das Atomprogramm & die Sanktionen.',
    );
    expect(first.text).not.toContain('Teilen');
    expect(first.text).not.toContain('Kurz gefasst');
  });

  it('a plain-text description stays text; <author> "mail (Name)" gives the name', async () => {
    const { documents } = await ingest([fixture('tagesblatt.rss')]);
    const second = byId(documents, 'https://tagesblatt.example/politik/kreml-erklaerung');
    expect(second.format).toBe('text');
    expect(second.text).toBe(
      'Der Kreml plant nach dem Gipfel keine gemeinsame Erklärung.\nDas sagte Sprecher Dmitri Peskow am Mittwoch in Moskau.',
    );
    expect(second.meta.author).toBe('Jonas Weber');
    expect(second.meta.published).toBe('2019-04-24T16:30:00Z');
  });
});

describe('Atom', () => {
  it('entries with HTML summary, HTML title, alternate link, published before updated, xml:lang', async () => {
    const { documents, errors } = await ingest([fixture('world.atom')]);
    expect(errors).toEqual([]);
    const [summit, sanctions] = documents;
    expect(summit).toMatchObject({
      id: 'urn:uuid:entry-kim-putin',
      file: `${fixture('world.atom')}#1`,
      format: 'html',
      text: 'North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok on Thursday.\n\nThe talks lasted about two hours.',
      meta: {
        title: 'Kim and Putin hold first summit',
        url: 'https://worlddesk.example/2019/04/kim-putin',
        source: 'World Desk',
        author: 'Sarah Collins',
        published: '2019-04-25T09:00:00Z',
        language: 'en',
      },
    });
    expect(sanctions).toMatchObject({
      id: 'urn:uuid:entry-sanctions',
      format: 'text',
      text: 'Russia said UN sanctions against North Korea remain in force after the summit.',
      meta: { url: 'https://worlddesk.example/2019/04/sanctions', published: '2019-04-26T07:45:00+01:00' },
    });
    expect(sanctions?.meta.author).toBeUndefined();
  });
});

describe('RDF (RSS 1.0) and JSON Feed', () => {
  it('RDF: rdf:about ids, dc:date, dc:creator and the channel dc:language', async () => {
    const { documents, errors } = await ingest([fixture('nachrichten.rdf')]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => [d.id, d.meta.published, d.meta.author, d.meta.language])).toEqual([
      ['https://ostpost.example/meldung/1', '2019-04-24T19:05:00+02:00', 'Olga Petrowa', 'de'],
      ['https://ostpost.example/meldung/2', '2019-04-25', undefined, 'de'],
    ]);
    expect(documents[0]?.text).toBe(
      'Der Sonderzug aus Pjöngjang ist am Mittwochabend in Wladiwostok angekommen.',
    );
    expect(documents[0]?.meta.source).toBe('Ostpost');
    expect(documents[1]?.meta.title).toBe('Gipfel auf der Insel Russki');
  });

  it('JSON Feed in a .json file is read as a feed, other JSON as before', async () => {
    const { dir, cleanup } = await tempFolder({
      'plain.json': JSON.stringify({ id: 'eigen', text: 'Ein gewöhnlicher JSON-Datensatz.' }),
    });
    try {
      const { documents, errors } = await ingest([fixture('wire.json'), join(dir, 'plain.json')]);
      expect(errors).toEqual([]);
      expect(documents.map((d) => [d.id, d.format])).toEqual([
        ['wire-1', 'text'],
        ['eigen', 'json'],
      ]);
      expect(documents[0]?.meta).toEqual({
        title: 'Putin says Kim wants security guarantees',
        url: 'https://wire.example/1',
        source: 'Wire Service',
        author: 'Wire Staff',
        published: '2019-04-25T14:20:00Z',
        language: 'en',
      });
    } finally {
      await cleanup();
    }
  });
});

describe('bad feeds and bad items', () => {
  it('empty items are per-item errors with their position; a title-only item is kept', async () => {
    const file = fixture('leer.rss');
    const { documents, errors } = await ingest([file]);
    expect(documents.map((d) => [d.id, d.file, d.text])).toEqual([
      ['leer#1', `${file}#1`, 'Der erste Eintrag hat einen Text.'],
      ['leer#4', `${file}#4`, 'Nur eine Überschrift'],
    ]);
    expect(errors).toEqual([
      { file: `${file}#2`, reason: NO_ITEM_TEXT },
      { file: `${file}#3`, reason: NO_ITEM_TEXT },
    ]);
  });

  it('broken XML: one error for the file saying why', async () => {
    const { documents, errors } = await ingest([fixture('kaputt.rss')]);
    expect(documents).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe(fixture('kaputt.rss'));
    expect(errors[0]?.reason).toMatch(/^not a readable feed: the XML is malformed \(.+\)$/u);
  });

  it('an .xml file that is not a feed: one error naming its root element', async () => {
    const { documents, errors } = await ingest([fixture('sitemap.xml')]);
    expect(documents).toEqual([]);
    expect(errors).toEqual([
      {
        file: fixture('sitemap.xml'),
        reason: 'not a feed: root element <urlset> is not RSS, Atom, RDF or JSON Feed',
      },
    ]);
  });

  it('a feed without items is an error, not silence', () => {
    const parsed = parseFeedText(
      '<rss version="2.0"><channel><title>Leer</title><link>https://x.example/</link></channel></rss>',
    );
    expect(parsed.records).toEqual([]);
    expect(parsed.problems).toEqual([{ reason: 'feed has no items' }]);
  });

  it('good inputs beside bad ones go on, in input order', async () => {
    const { documents, errors } = await ingest([
      fixture('kaputt.rss'),
      fixture('world.atom'),
      fixture('sitemap.xml'),
      fixture('nachrichten.rdf'),
    ]);
    expect(documents.map((d) => d.file)).toEqual([
      `${fixture('world.atom')}#1`,
      `${fixture('world.atom')}#2`,
      `${fixture('nachrichten.rdf')}#1`,
      `${fixture('nachrichten.rdf')}#2`,
    ]);
    expect(errors.map((e) => e.file)).toEqual([fixture('kaputt.rss'), fixture('sitemap.xml')]);
  });
});

describe('detection, ids and folders', () => {
  it('feed extensions and sniffed roots', () => {
    expect(['a.rss', 'b.ATOM', 'c.rdf', 'd.xml'].every(isFeedPath)).toBe(true);
    expect(isFeedPath('e.json')).toBe(false);
    expect(sniffFeed(read('tagesblatt.rss'))).toBe(true);
    expect(sniffFeed(read('world.atom'))).toBe(true);
    expect(sniffFeed(read('nachrichten.rdf'))).toBe(true);
    expect(sniffFeed(read('wire.json'))).toBe(true);
    expect(sniffFeed(read('sitemap.xml'))).toBe(false);
    expect(sniffFeed('<!doctype html><html><body><p>Feed</p></body></html>')).toBe(false);
    expect(sniffFeed('{"id": "x", "text": "version 1"}')).toBe(false);
  });

  it('stdin: a feed is recognised by its content; items without guid get stdin#<n>', async () => {
    const rss = read('leer.rss');
    const { documents, errors } = await ingest(['-'], {}, { readStdin: async () => Buffer.from(rss) });
    expect(documents.map((d) => [d.id, d.file])).toEqual([
      ['stdin#1', '-#1'],
      ['stdin#4', '-#4'],
    ]);
    expect(errors.map((e) => e.file)).toEqual(['-#2', '-#3']);
  });

  it('the same guid in two feeds: the second gets -2; a feed in .xml and a folder scan find feeds', async () => {
    const { dir, cleanup } = await tempFolder({
      'a/kopie.xml': read('tagesblatt.rss'),
      'b/zweite.rss': read('tagesblatt.rss'),
      'b/notiz.txt': 'Eine Notiz zum Gipfel.',
    });
    try {
      const { documents, errors } = await ingest([dir]);
      expect(errors).toEqual([]);
      expect(documents.map((d) => d.id)).toEqual([
        'tb-2019-0425-001',
        'https://tagesblatt.example/politik/kreml-erklaerung',
        'notiz',
        'tb-2019-0425-001-2',
        'https://tagesblatt.example/politik/kreml-erklaerung-2',
      ]);
    } finally {
      await cleanup();
    }
  });

  it('the XML declaration names the charset of a feed that is not UTF-8', async () => {
    const head = Buffer.from(
      '<?xml version="1.0" encoding="windows-1251"?>\n<rss version="2.0"><channel><title>Vesti</title>' +
        '<item><title>Kreml</title><description>',
      'latin1',
    );
    // "Путин" in windows-1251.
    const putin = Buffer.from([0xcf, 0xf3, 0xf2, 0xe8, 0xed]);
    const tail = Buffer.from('</description></item></channel></rss>', 'latin1');
    const { dir, cleanup } = await tempFolder({ 'vesti.rss': Buffer.concat([head, putin, tail]) });
    try {
      const { documents } = await ingest([join(dir, 'vesti.rss')]);
      expect(documents.map((d) => [d.text, d.encoding])).toEqual([['Путин', 'windows-1251']]);
    } finally {
      await cleanup();
    }
  });

  it('an aggregator item names its own outlet (<source>), which wins over the channel title', () => {
    const parsed = parseFeedText(
      '<rss version="2.0"><channel><title>Sammeldienst</title><link>https://s.example/</link>' +
        '<item><title>Gipfel beendet</title><description>Kim reist ab.</description>' +
        '<source url="https://spiegel.example/rss">Der Spiegel</source></item>' +
        '<item><title>Zweite</title><description>Ohne Quelle.</description></item></channel></rss>',
    );
    expect(parsed.records.map((r) => r.meta.source)).toEqual(['Der Spiegel', 'Sammeldienst']);
  });

  it('Atom content wins over summary: type="xhtml" is read as HTML, type="text" as text', () => {
    const parsed = parseFeedText(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>X</title><id>x</id><updated>2019-04-25T00:00:00Z</updated>' +
        '<entry><id>1</id><title>Eins</title><updated>2019-04-25T00:00:00Z</updated><summary>kurz</summary>' +
        '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Absatz eins.</p><p>Absatz zwei.</p></div></content></entry>' +
        '<entry><id>2</id><title>Zwei</title><updated>2019-04-25T00:00:00Z</updated>' +
        '<content type="text">Text mit &lt;b&gt; als Zeichen.</content></entry></feed>',
    );
    expect(parsed.records.map((r) => [r.id, r.contentFormat, r.text])).toEqual([
      ['1', 'html', 'Absatz eins.\n\nAbsatz zwei.'],
      ['2', 'text', 'Text mit <b> als Zeichen.'],
    ]);
  });

  it('simple markup is read as block text; links and lists go through the HTML reader', () => {
    const item = (html: string): string =>
      `<item><title>T</title><description>${escapeXml(html)}</description></item>`;
    const parsed = parseFeedText(
      '<rss version="2.0"><channel><title>X</title><link>https://x.example/</link>' +
        item('<h2>Lage</h2><p>Erster <b>Satz</b>.<br>Zweite Zeile.</p><blockquote>Zitat.</blockquote>') +
        item(
          '<p>Kim Jong Un ist in Wladiwostok eingetroffen, wo er am Donnerstag Wladimir Putin trifft.</p>' +
            '<ul><li><a href="https://x.example/teilen">Teilen</a></li><li><a href="https://x.example/druck">Drucken</a></li></ul>',
        ) +
        '</channel></rss>',
    );
    expect(parsed.records.map((r) => r.text)).toEqual([
      'Lage\n\nErster Satz.\nZweite Zeile.\n\nZitat.',
      'Kim Jong Un ist in Wladiwostok eingetroffen, wo er am Donnerstag Wladimir Putin trifft.',
    ]);
  });

  it('a forced --format reads the file as that format, not as a feed', async () => {
    const { documents } = await ingest([fixture('world.atom')], { format: 'text' });
    expect(documents).toHaveLength(1);
    expect(documents[0]?.format).toBe('text');
  });
});

const escapeXml = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

describe('property: every item is accounted for at its position', () => {
  const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß]{1,10}$/u);
  const item = fc.option(
    fc.record({
      title: fc.option(word, { nil: undefined }),
      text: fc.array(word, { minLength: 1, maxLength: 6 }),
    }),
    { nil: undefined },
  );
  it('records + per-item problems = items; records keep their position and text', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (items) => {
        const xml = items
          .map((it) =>
            it === undefined
              ? '<item></item>'
              : `<item>${it.title === undefined ? '' : `<title>${escapeXml(it.title)}</title>`}` +
                `<description>${escapeXml(it.text.join(' & '))}</description></item>`,
          )
          .join('\n');
        const parsed = parseFeedText(
          `<rss version="2.0"><channel><title>T</title><link>https://x.example/</link>${xml}</channel></rss>`,
        );
        const expected = items.flatMap((it, i) => (it === undefined ? [] : [[i + 1, it.text.join(' & ')]]));
        expect(parsed.records.map((r) => [r.n, r.text])).toEqual(expected);
        const empty = items.flatMap((it, i) => (it === undefined ? [i + 1] : []));
        expect(parsed.problems.map((p) => p.n)).toEqual(empty);
      }),
    );
  });
});

describe('lagebild cluster reads feeds', () => {
  it('assigns every item of the feeds to a story in time order; bad items on stderr, exit 1', async () => {
    const io = fakeIo();
    const code = await execute(
      ['cluster', fixture('tagesblatt.rss'), fixture('world.atom'), fixture('leer.rss')],
      io,
    );
    expect(code).toBe(1);
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { article: string; story: string });
    // leer#4 has no date: a batch clusters undated items first (they have no time to go by)
    expect(lines.map((l) => l.article)).toEqual([
      'leer#4',
      'https://tagesblatt.example/politik/kreml-erklaerung',
      'tb-2019-0425-001',
      'urn:uuid:entry-kim-putin',
      'leer#1',
      'urn:uuid:entry-sanctions',
    ]);
    expect(io.err()).toContain(`${fixture('leer.rss')}#2: ${NO_ITEM_TEXT}`);
    expect(io.err()).toContain(`${fixture('leer.rss')}#3: ${NO_ITEM_TEXT}`);
  });

  it('a feed alone: exit 0', async () => {
    const io = fakeIo();
    expect(await execute(['cluster', fixture('nachrichten.rdf')], io)).toBe(0);
    expect(io.out().trim().split('\n')).toHaveLength(2);
  });
});
