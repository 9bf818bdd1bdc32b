import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  blockText,
  ingest,
  isHtmlFailure,
  parseHtml,
  rebuildHtml,
  type HtmlResult,
  type ParsedContent,
} from '../../src/ingest/index.js';
import { parseDocument } from '../../src/ingest/dom.js';
import { tempFolder } from './helpers.js';

const PAGE = readFileSync(new URL('../fixtures/ingest/nachricht.html', import.meta.url), 'utf8');

function ok(result: HtmlResult): ParsedContent {
  if (isHtmlFailure(result)) throw new Error(`unexpected failure: ${result.problem}`);
  return result.value;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

describe('parseHtml: a news page', () => {
  const doc = ok(parseHtml(PAGE));
  const lines = doc.text.split('\n');

  it('takes the metadata from the meta tags', () => {
    expect(doc.meta).toEqual({
      title: 'Gipfel in Wladiwostok: Kim und Putin demonstrieren Einigkeit',
      url: 'https://www.tageblatt-nord.example/politik/kim-putin-gipfel-100.html',
      source: 'Tageblatt Nord',
      author: 'Anna Schreiber',
      published: '2019-04-25T14:32:00+02:00',
      language: 'de',
    });
  });

  it('puts every paragraph on its own line, list items with bullets, <br> as a line break', () => {
    expect(lines).toContain(
      'Putin sagte, Nordkorea brauche Sicherheitsgarantien, wenn es auf sein Atomprogramm verzichten solle. Solche Garantien könnten nur im Rahmen internationaler Vereinbarungen gegeben werden, fügte er hinzu.',
    );
    expect(doc.text).toContain('Gespräch.\n\nPutin sagte');
    expect(doc.text).toContain('\n\nWirtschaftliche Hoffnungen\n\nKim erhofft sich');
    expect(doc.text).toContain(
      '• Thema Atomprogramm: keine gemeinsame Erklärung\n• Thema Arbeitsmigranten: Russland soll Tausende Nordkoreaner beschäftigen',
    );
    expect(doc.text).toContain(
      'zu erwarten gewesen.\nDie nächste Runde der Gespräche ist noch nicht terminiert.',
    );
    expect(doc.text).toContain('von einem offenen und inhaltsreichen Gespräch.');
    expect(doc.text).not.toMatch(/ {2}|\t/u);
  });

  it('leaves out navigation, footer, scripts and styles', () => {
    for (const junk of ['Wirtschaft\n', 'Impressum', 'Alle Rechte vorbehalten', 'dataLayer', 'font-family']) {
      expect(doc.text).not.toContain(junk);
    }
    expect(lines.some((l) => /^Der nordkoreanische Machthaber Kim Jong Un/u.test(l))).toBe(true);
  });
});

describe('parseHtml: metadata sources', () => {
  const body = '<body><article><p>Ein Absatz mit genug Text, um gelesen zu werden.</p></article></body>';

  it('reads JSON-LD, <time datetime> and twitter:title; keeps a date-only value date-only', () => {
    const html = `<!DOCTYPE html><html lang="en-GB"><head><title>Page | Daily Example</title>
      <meta name="twitter:title" content="Twitter-Titel">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
        {"@type":"NewsArticle","headline":"LD","datePublished":"2019-04-25","author":[{"@type":"Person","name":"Jan Roth"},{"name":"Eva Lind"}],
         "publisher":{"@type":"Organization","name":"Daily Example"}}]}</script></head>${body}</html>`;
    expect(ok(parseHtml(html)).meta).toEqual({
      title: 'Twitter-Titel',
      author: 'Jan Roth, Eva Lind',
      published: '2019-04-25',
      source: 'Daily Example',
      language: 'en',
    });
  });

  it('falls back to <title> without the site name, meta date and <time>', () => {
    const html = `<html><head><title>Kim trifft Putin – Nordkurier</title>
      <meta name="application-name" content="Nordkurier"><meta name="date" content="25.04.2019">
      <meta property="article:author" content="https://facebook.com/someone"></head>${body}</html>`;
    expect(ok(parseHtml(html)).meta).toEqual({
      title: 'Kim trifft Putin',
      source: 'Nordkurier',
      published: '2019-04-25',
    });
    const timed = `<html><head><title>T</title></head><body><article><time datetime="2019-04-25T08:00:00Z">heute</time><p>Text.</p></article></body></html>`;
    expect(ok(parseHtml(timed)).meta.published).toBe('2019-04-25T08:00:00Z');
  });

  it('lets base metadata (e.g. from a JSON record) win', () => {
    expect(ok(parseHtml(PAGE, { source: 'Eigene Quelle' })).meta.source).toBe('Eigene Quelle');
  });
});

describe('parseHtml: broken pages', () => {
  const article = '<p>Kim Jong Un ist in Wladiwostok angekommen.</p><p>Putin empfängt ihn am Donnerstag.</p>';

  it('reads a page that starts with a PHP warning before <html>', () => {
    const html = `<br />\n<b>Warning</b>:  Undefined variable $titel in <b>/var/www/artikel.php</b> on line <b>12</b><br />\n${PAGE}`;
    const doc = ok(parseHtml(html));
    expect(doc.meta.title).toBe('Gipfel in Wladiwostok: Kim und Putin demonstrieren Einigkeit');
    expect(doc.text).toContain('Der nordkoreanische Machthaber Kim Jong Un');
    expect(doc.text).not.toContain('Warning');
    expect(doc.removed).toEqual([
      {
        text: 'Warning : Undefined variable $titel in /var/www/artikel.php on line 12',
        reason: 'markup-junk',
        rule: 'html/preamble',
      },
    ]);
  });

  it('reads a bare <head> + <body> and a page with a leading <style>', () => {
    const bare = ok(parseHtml(`<head><title>Bare</title></head><body>${article}</body>`));
    expect(bare.meta.title).toBe('Bare');
    expect(bare.text).toBe('Kim Jong Un ist in Wladiwostok angekommen.\n\nPutin empfängt ihn am Donnerstag.');
    const styled = ok(
      parseHtml(
        `<style>p { color: red }</style><html lang="de"><head><title>S</title></head><body>${article}</body></html>`,
      ),
    );
    expect(styled.meta).toEqual({ title: 'S', language: 'de' });
    expect(styled.text).toBe(
      'Kim Jong Un ist in Wladiwostok angekommen.\n\nPutin empfängt ihn am Donnerstag.',
    );
    expect(styled.text).not.toContain('color');
  });

  it('rebuilds a fragment without any skeleton', () => {
    const rebuilt = rebuildHtml(`<title>Nur Fragment</title>${article}`);
    expect(rebuilt.html).toBe(
      `<!DOCTYPE html><html><head></head><body><title>Nur Fragment</title>${article}</body></html>`,
    );
    expect(ok(parseHtml(`<title>Nur Fragment</title>${article}`)).text).toContain(
      'Putin empfängt ihn am Donnerstag.',
    );
  });

  it('reports a page without main text', () => {
    expect(
      parseHtml('<html><head><title>Leer</title></head><body><nav></nav><script>x()</script></body></html>'),
    ).toEqual({
      ok: false,
      problem: 'no main text found in HTML',
    });
  });
});

describe('parseHtml: inert <template> content', () => {
  const para = (i: number): string =>
    `<p>Absatz ${String(i)} der Vorlage mit genug Wörtern, Kommas, Punkten und allem, was Readability zählt, ` +
    `damit diese Vorlage wie ein Artikel aussieht, obwohl sie nie gezeigt wird.</p>`;
  const template = `<template><div class="paywall">${Array.from({ length: 12 }, (_, i) => para(i)).join('')}</div></template>`;
  const article =
    '<article><p>Der Stadtrat hat am Dienstagabend nach langer Debatte den neuen Haushalt beschlossen, der deutlich ' +
    'mehr Geld für Schulen vorsieht, und die Opposition kündigte eine Klage an.</p>' +
    '<p>Die Bürgermeisterin verteidigte den Beschluss und sprach von einem wichtigen Signal für die Familien, ' +
    'die seit Jahren auf sanierte Schulgebäude warten.</p></article>';
  const nav = `<nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/r${String(i)}">Ressort ${String(i)}</a></li>`).join('')}</ul></nav>`;

  it('is never the article, in <head> or in <body>, and the page still has its article, not the whole body', () => {
    for (const html of [
      `<!doctype html><html><head><title>Haushalt</title>${template}</head><body>${nav}${article}</body></html>`,
      `<!doctype html><html><head><title>Haushalt</title></head><body>${nav}${template}${article}</body></html>`,
    ]) {
      const text = ok(parseHtml(html)).text;
      expect(text).toContain('Der Stadtrat hat am Dienstagabend');
      expect(text).toContain('Die Bürgermeisterin verteidigte');
      expect(text).not.toContain('Vorlage');
      expect(text).not.toContain('Ressort 7');
    }
  });
});

describe('blockText', () => {
  it('never glues blocks together and collapses inline whitespace', () => {
    const doc = parseDocument(
      '<html><body><div>Erster   Satz\n endet hier.<div>Zweiter Block.</div></div><blockquote>Zitat</blockquote><table><tr><td>A</td><td>B</td></tr><tr><td>C</td><td>D</td></tr></table><pre>zeile 1\nzeile 2</pre><ol><li><p>Punkt eins</p></li><li>Punkt <em>zwei</em></li></ol></body></html>',
    );
    expect(blockText(doc.body ?? doc.querySelector('body')!)).toBe(
      'Erster Satz endet hier.\n\nZweiter Block.\n\nZitat\n\nA B\n\nC D\n\nzeile 1\nzeile 2\n\n• Punkt eins\n• Punkt zwei',
    );
  });
});

describe('ingest: HTML files', () => {
  it('reads an HTML page declaring iso-8859-1 with latin-1 bytes', async () => {
    const page = `<!DOCTYPE html><html lang="de"><head><meta charset="iso-8859-1"><title>Übermaß an Größe</title></head><body><article><p>Größe, Übermaß, Straße, Ä Ö Ü ä ö ü ß</p></article></body></html>`;
    const { dir, cleanup } = await tempFolder({ 'seite.html': Buffer.from(page, 'latin1') });
    cleanups.push(cleanup);
    const { documents, errors } = await ingest([join(dir, 'seite.html')]);
    expect(errors).toEqual([]);
    expect(documents[0]).toMatchObject({
      id: 'seite',
      format: 'html',
      encoding: 'windows-1252',
      text: 'Größe, Übermaß, Straße, Ä Ö Ü ä ö ü ß',
      meta: { title: 'Übermaß an Größe', language: 'de' },
    });
  });

  it('reads the fixture page from disk and reports an HTML file with no text', async () => {
    const { dir, cleanup } = await tempFolder({ 'leer.htm': '<html><body><script>1</script></body></html>' });
    cleanups.push(cleanup);
    const fixture = 'test/fixtures/ingest/nachricht.html';
    const { documents, errors } = await ingest([fixture, join(dir, 'leer.htm')]);
    expect(documents.map((d) => [d.id, d.file, d.meta.author])).toEqual([
      ['nachricht', fixture, 'Anna Schreiber'],
    ]);
    expect(errors).toEqual([{ file: join(dir, 'leer.htm'), reason: 'no main text found in HTML' }]);
  });
});
