import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest, parseJson } from '../../src/ingest/index.js';
import { tempFolder } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
async function folder(files: Readonly<Record<string, string>>): Promise<string> {
  const { dir, cleanup } = await tempFolder(files);
  cleanups.push(cleanup);
  return dir;
}
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

describe('parseJson', () => {
  it('reads one object with metadata; its fields win over header lines', () => {
    const parsed = parseJson(
      JSON.stringify({
        id: 'sz-1',
        title: 'Kim und Putin schicken einen Gruß an Trump',
        source: 'Süddeutsche Zeitung',
        author: 'Silke Bigalke',
        published: '2019-04-25T17:02:00+02:00',
        lang: 'de',
        url: 'https://www.sueddeutsche.de/politik/kim-putin-1.4422311',
        text: 'source dpa\nDer russische Präsident Wladimir Putin hat Kim Jong-un empfangen.',
      }),
    );
    expect(parsed.single).toBe(true);
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toEqual([
      {
        n: 1,
        id: 'sz-1',
        contentFormat: 'text',
        text: 'Der russische Präsident Wladimir Putin hat Kim Jong-un empfangen.',
        meta: {
          title: 'Kim und Putin schicken einen Gruß an Trump',
          url: 'https://www.sueddeutsche.de/politik/kim-putin-1.4422311',
          source: 'Süddeutsche Zeitung',
          author: 'Silke Bigalke',
          published: '2019-04-25T17:02:00+02:00',
          language: 'de',
        },
        removed: [{ text: 'source dpa', reason: 'header', rule: 'text/header' }],
      },
    ]);
  });

  it('reports invalid JSON with the line of the error', () => {
    const parsed = parseJson('{\n  "text": "a",\n  "title": \n}');
    expect(parsed.records).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]?.reason).toMatch(/^invalid JSON at line 4: /u);
  });

  it('refuses JSON that is not an object or array', () => {
    expect(parseJson('"nur ein Text"').problems).toEqual([
      { reason: 'JSON is neither an object nor an array' },
    ]);
  });
});

describe('ingest: JSON files', () => {
  it('reads a JSON array: ids from "id" or <base>#n, html records through the HTML reader', async () => {
    const records = [
      {
        id: 'tass',
        text: 'Wladimir Putin und Kim Jong-un trafen sich auf der Russki-Insel.',
        source: 'TASS',
      },
      {
        html: '<html lang="de"><head><title>Gipfel</title></head><body><p>Ein Absatz.</p><p>Noch einer.</p></body></html>',
      },
      { title: 'ohne Inhalt' },
      { text: 'Dritter Bericht.', published: '2019-04-26' },
    ];
    const dir = await folder({ 'berichte.json': JSON.stringify(records, null, 2) });
    const file = join(dir, 'berichte.json');
    const { documents, errors } = await ingest([file]);
    expect(documents.map((d) => [d.id, d.file, d.format, d.text, d.meta])).toEqual([
      [
        'tass',
        `${file}#1`,
        'json',
        'Wladimir Putin und Kim Jong-un trafen sich auf der Russki-Insel.',
        { source: 'TASS' },
      ],
      ['berichte#2', `${file}#2`, 'json', 'Ein Absatz.\n\nNoch einer.', { title: 'Gipfel', language: 'de' }],
      ['berichte#4', `${file}#4`, 'json', 'Dritter Bericht.', { published: '2019-04-26' }],
    ]);
    expect(errors).toEqual([{ file: `${file}#3`, reason: 'record has neither "text" nor "html"' }]);
  });

  it('reads a single JSON object under the file name', async () => {
    const dir = await folder({ 'artikel.json': '{"text": "Ein einzelner Bericht."}' });
    const { documents } = await ingest([join(dir, 'artikel.json')]);
    expect(documents.map((d) => [d.id, d.file])).toEqual([['artikel', join(dir, 'artikel.json')]]);
  });

  it('reads JSON Lines with blank lines; a bad line is an error naming the line, the others are used', async () => {
    const lines = [
      '{"id": 17, "text": "Erster Bericht aus Wladiwostok."}',
      '',
      '{"text": "Zweiter Bericht", }',
      '{"text": "Dritter Bericht aus Moskau."}',
      '{"html": "<p></p>"}',
    ].join('\n');
    const dir = await folder({ 'feed.jsonl': lines });
    const file = join(dir, 'feed.jsonl');
    const { documents, errors } = await ingest([file]);
    expect(documents.map((d) => [d.id, d.file, d.text])).toEqual([
      ['17', `${file}#1`, 'Erster Bericht aus Wladiwostok.'],
      ['feed#4', `${file}#4`, 'Dritter Bericht aus Moskau.'],
    ]);
    expect(errors).toHaveLength(2);
    expect(errors[0]?.file).toBe(file);
    expect(errors[0]?.reason).toMatch(/^invalid JSON at line 3: \S/u);
    expect(errors[1]).toEqual({ file: `${file}#5`, reason: 'no main text found in HTML' });
  });

  it('treats a .json file holding JSON Lines as JSON Lines', async () => {
    const dir = await folder({ 'mix.json': '{"text": "Eins."}\n{"text": "Zwei."}\n' });
    const { documents, errors } = await ingest([join(dir, 'mix.json')]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['mix#1', 'mix#2']);
  });

  it('reports a file that is not JSON at all', async () => {
    const dir = await folder({ 'kaputt.json': '{"text": "a"' });
    const { errors } = await ingest([join(dir, 'kaputt.json')]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe(join(dir, 'kaputt.json'));
    expect(errors[0]?.reason).toMatch(/^invalid JSON/u);
  });
});
