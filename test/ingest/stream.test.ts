/**
 * `ingestStream`: the same documents, ids and errors as `ingest` for the same inputs, yielded as they are read —
 * JSON Lines line by line (the size limit per line), so a stream's first documents come before its end.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ingest, ingestStream, type IngestItem } from '../../src/ingest/index.js';
import { tempFolder } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
async function folder(files: Readonly<Record<string, string | Uint8Array>>): Promise<string> {
  const { dir, cleanup } = await tempFolder(files);
  cleanups.push(cleanup);
  return dir;
}
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const record = (id: string, text: string, extra: Record<string, string> = {}): string =>
  JSON.stringify({ id, text, ...extra });

describe('ingestStream', () => {
  it('gives the documents, ids and errors ingest gives, in input order', async () => {
    const dir = await folder({
      'a.txt': 'Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen.',
      'b/c.txt': 'Die Regierung kündigte weitere Schritte an.',
      'lines.jsonl': [
        record('x', 'Erster Bericht über das Gesetz.'),
        '',
        '{"broken',
        record('x', 'Zweiter Bericht mit derselben Kennung.'),
        JSON.stringify({ id: 'y' }),
      ].join('\n'),
      'empty.txt': '',
    });
    const batch = await ingest([dir, join(dir, 'a.txt')]);
    const items = await collect(ingestStream([dir, join(dir, 'a.txt')]));
    const documents = items.flatMap((i) => ('document' in i ? [i.document] : []));
    const errors = items.flatMap((i) => ('error' in i ? [i.error] : []));
    expect(documents.map((d) => d.id)).toEqual(batch.documents.map((d) => d.id));
    expect(documents.map((d) => d.id)).toEqual(['a', 'c', 'x', 'x-2']);
    expect(documents.map((d) => d.text)).toEqual(batch.documents.map((d) => d.text));
    expect(documents.map((d) => d.file)).toEqual(batch.documents.map((d) => d.file));
    expect(new Set(errors.map((e) => `${e.file}: ${e.reason}`))).toEqual(
      new Set(batch.errors.map((e) => `${e.file}: ${e.reason}`)),
    );
    expect(errors.map((e) => e.reason)).toContain('record has neither "text" nor "html"');
    expect(errors.some((e) => /invalid JSON at line 3/u.test(e.reason))).toBe(true);
  });

  it('applies the size limit to each JSON line, not to the file, and refuses a binary .jsonl whole', async () => {
    const long = 'Ein langer Satz über die Sitzung des Parlaments. '.repeat(40);
    const lines = Array.from({ length: 30 }, (_, i) =>
      record(`r${String(i)}`, `Bericht ${String(i)}. ${long}`),
    );
    lines.splice(5, 0, record('huge', long.repeat(5)));
    const dir = await folder({
      'many.jsonl': lines.join('\n') + '\n',
      'bin.jsonl': new Uint8Array([0x7b, 0, 1, 2, 3, 0, 0, 0x7d]),
    });
    const maxBytes = 4000;
    // the file is far over the limit; each record but one is under it
    const items = await collect(
      ingestStream([join(dir, 'many.jsonl'), join(dir, 'bin.jsonl')], { maxBytes }),
    );
    const documents = items.flatMap((i) => ('document' in i ? [i.document] : []));
    const errors = items.flatMap((i) => ('error' in i ? [i.error] : []));
    expect(documents).toHaveLength(30);
    expect(errors).toEqual([
      {
        file: `${join(dir, 'many.jsonl')}#6`,
        reason: expect.stringMatching(/^line is .* over the .* limit/u) as string,
      },
      { file: join(dir, 'bin.jsonl'), reason: 'binary file (not text)' },
    ]);
  });

  it('yields the first records of JSON Lines on stdin before the input has ended', async () => {
    let released: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (released = resolve));
    let ended = false;
    async function* chunks(): AsyncGenerator<string> {
      yield `${record('s1', 'Der erste Bericht kommt sofort.')}\n${record('s2', 'Der zweite auch.')}\n`;
      await gate; // the rest of the input comes only after the first document was taken
      yield `${record('s3', 'Der dritte kommt später.')}\n`;
      ended = true;
    }
    const stream = ingestStream(
      ['-'],
      {},
      { stdinChunks: chunks, readStdin: () => Promise.reject(new Error('no')) },
    );
    const first = await stream.next();
    expect(first.value).toMatchObject({ document: { id: 's1', file: '-#1', format: 'json' } });
    expect(ended).toBe(false);
    released();
    const rest = await collect({ [Symbol.asyncIterator]: () => stream });
    expect(rest.map((i) => ('document' in i ? i.document.id : i.error.reason))).toEqual(['s2', 's3']);
    expect(ended).toBe(true);
  });

  it('reads stdin that is not JSON Lines whole, as ingest does', async () => {
    const text = 'Titel\n\nDer Rat tagte am Montag in Brüssel und beschloss neue Regeln.';
    async function* chunks(): AsyncGenerator<string> {
      yield text.slice(0, 10);
      yield text.slice(10);
    }
    const items = await collect(
      ingestStream(['-'], {}, { stdinChunks: chunks, readStdin: () => Promise.reject(new Error('no')) }),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ document: { id: 'stdin', file: '-', format: 'text' } });
  });
});
