import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  compareCodePoints,
  ingest,
  ioReason,
  normaliseIngestOptions,
  sizeLimitReason,
} from '../../src/ingest/index.js';
import { tempFolder } from './helpers.js';

const SEEDS = 'examples/kim-putin-2019';
const GERMAN = 'Größe, Übermaß, Straße, Ä Ö Ü ä ö ü ß';

const cleanups: (() => Promise<void>)[] = [];
async function folder(files: Readonly<Record<string, string | Uint8Array>>): Promise<string> {
  const { dir, cleanup } = await tempFolder(files);
  cleanups.push(cleanup);
  return dir;
}
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

describe('ingest: the example story', () => {
  it('reads every seed file of the folder in sorted order', async () => {
    const { documents, errors } = await ingest([SEEDS], {});
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([
      '000_62401ecbec18278e',
      '001_2a559c43b46f36a7',
      '002_b3394aa4fb092fca',
      '003_5615875bba8a24d2',
      '004_f943364543cf3125',
    ]);
    for (const doc of documents) {
      expect(doc.format).toBe('text');
      expect(doc.encoding).toBe('utf-8');
      expect(doc.file).toBe(join(SEEDS, `${doc.id}.txt`));
      expect(doc.text.length).toBeGreaterThan(2000);
      expect(doc.text).toMatch(/Putin/u);
    }
  });

  it('takes the date header of 000 as metadata', async () => {
    const { documents } = await ingest([join(SEEDS, '000_62401ecbec18278e.txt')]);
    const [doc] = documents;
    expect(doc?.meta).toEqual({ published: '2019-04' });
    expect(doc?.removed).toEqual([{ text: 'date 2019-04', reason: 'header', rule: 'text/header' }]);
    expect(doc?.text.startsWith('Nordkoreas Machthaber Kim Jong-un')).toBe(true);
  });

  it('keeps the other seeds as they are (no header, no title guessed)', async () => {
    const { documents } = await ingest([
      join(SEEDS, '002_b3394aa4fb092fca.txt'),
      join(SEEDS, '004_f943364543cf3125.txt'),
    ]);
    expect(documents.map((d) => d.meta)).toEqual([{}, {}]);
    expect(
      documents[0]?.text.startsWith('Internationale Politik:Kim und Putin schicken einen Gruß an Trump'),
    ).toBe(true);
    expect(documents[0]?.text).toContain('\n  • Putin forderte, "dass Nordkorea abrüsten muss".');
    expect(documents[1]?.text.startsWith('zum Hauptinhalt\n')).toBe(true);
  });
});

describe('ingest: folders', () => {
  it('reads folders recursively in code-point order, skips hidden entries and unknown extensions', async () => {
    const dir = await folder({
      'b.txt': 'Zweiter Bericht über den Gipfel.',
      'a/z.md': '# Erster Bericht\n\nKim reist nach Wladiwostok.',
      'a/Ä.txt': 'Ein Bericht mit Umlaut im Namen.',
      'a/B.txt': 'Großbuchstaben kommen vor Kleinbuchstaben.',
      '.git/HEAD.txt': 'ref: refs/heads/main',
      '.hidden.txt': 'versteckt',
      'bild.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      'notizen.docx': 'kein Text',
    });
    const { documents, errors } = await ingest([dir]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.file)).toEqual([
      join(dir, 'a/B.txt'),
      join(dir, 'a/z.md'),
      join(dir, 'a/Ä.txt'),
      join(dir, 'b.txt'),
    ]);
    expect(documents.map((d) => d.id)).toEqual(['B', 'z', 'Ä', 'b']);
    expect(documents[1]?.text).toBe('Erster Bericht\n\nKim reist nach Wladiwostok.');
  });

  it('reports a folder with nothing usable', async () => {
    const dir = await folder({ '.git/config.txt': 'x', 'foto.jpg': 'x' });
    const { documents, errors } = await ingest([dir]);
    expect(documents).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe(dir);
    expect(errors[0]?.reason).toMatch(/^folder has no usable files \(looked for \.txt .*\.json/u);
  });

  it('reads a file named explicitly whatever its name, sniffing the format', async () => {
    const dir = await folder({
      '.notiz': 'Ein versteckter, aber ausdrücklich genannter Text.',
      'seite.php':
        '<!DOCTYPE html><html><head><title>Seite</title></head><body><p>Absatz eins.</p></body></html>',
    });
    const { documents, errors } = await ingest([join(dir, '.notiz'), join(dir, 'seite.php')]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => [d.id, d.format, d.text])).toEqual([
      ['.notiz', 'text', 'Ein versteckter, aber ausdrücklich genannter Text.'],
      ['seite', 'html', 'Absatz eins.'],
    ]);
  });

  it('makes ids unique and reads a file given twice only once', async () => {
    const dir = await folder({
      'x/bericht.txt': 'Erster.',
      'y/bericht.md': 'Zweiter.',
      'y/bericht.txt': 'Dritter.',
    });
    const { documents } = await ingest([join(dir, 'x'), join(dir, 'y'), join(dir, 'x/bericht.txt')]);
    expect(documents.map((d) => [d.id, d.text])).toEqual([
      ['bericht', 'Erster.'],
      ['bericht-2', 'Zweiter.'],
      ['bericht-3', 'Dritter.'],
    ]);
  });
});

describe('ingest: bad inputs are errors with the file name, the rest goes on', () => {
  it('reports a missing path', async () => {
    const dir = await folder({ 'gut.txt': 'Ein guter Text.' });
    const missing = join(dir, 'fehlt.txt');
    const { documents, errors } = await ingest([missing, join(dir, 'gut.txt')]);
    expect(errors).toEqual([{ file: missing, reason: 'no such file or directory' }]);
    expect(documents.map((d) => d.id)).toEqual(['gut']);
  });

  it('reports empty and binary files', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const dir = await folder({ 'leer.txt': '', 'leer2.txt': '  \n\n ', 'bild.txt': png, 'ok.txt': 'Text.' });
    const { documents, errors } = await ingest([dir]);
    expect(errors).toEqual([
      { file: join(dir, 'bild.txt'), reason: 'binary file (not text)' },
      { file: join(dir, 'leer.txt'), reason: 'empty file' },
      { file: join(dir, 'leer2.txt'), reason: 'empty file' },
    ]);
    expect(documents.map((d) => d.id)).toEqual(['ok']);
  });

  it('reports a text file that holds only header lines', async () => {
    const dir = await folder({ 'kopf.txt': 'date 2019-04-25\nsource dpa\n' });
    const { errors } = await ingest([join(dir, 'kopf.txt')]);
    expect(errors).toEqual([{ file: join(dir, 'kopf.txt'), reason: 'no text (only header lines)' }]);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = await folder({ 'gross.txt': 'x'.repeat(3000), 'klein.txt': 'Kurz.' });
    const { documents, errors } = await ingest([dir], { maxBytes: 1024 });
    expect(errors).toEqual([
      {
        file: join(dir, 'gross.txt'),
        reason: 'file is 2.9 KB, over the 1 KB limit (raise it with --max-size)',
      },
    ]);
    expect(documents.map((d) => d.id)).toEqual(['klein']);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const dir = await folder({ 'geheim.txt': 'Geheim.' });
    const file = join(dir, 'geheim.txt');
    await chmod(file, 0o000);
    const { errors } = await ingest([file]);
    expect(errors).toEqual([{ file, reason: 'permission denied' }]);
  });

  it('decodes a windows-1252 file with umlauts and ß', async () => {
    const dir = await folder({ 'alt.txt': Buffer.from(`${GERMAN}\n`, 'latin1') });
    const { documents } = await ingest([join(dir, 'alt.txt')]);
    expect(documents[0]?.text).toBe(GERMAN);
    expect(documents[0]?.encoding).toBe('windows-1252');
  });
});

describe('ingest: stdin', () => {
  it('reads stdin through the injected reader, sniffing the format', async () => {
    const page =
      '<!DOCTYPE html><html lang="de"><head><title>Von stdin</title></head><body><p>Ein Absatz.</p><p>Noch einer.</p></body></html>';
    let calls = 0;
    const readStdin = (): Promise<Uint8Array> => {
      calls++;
      return Promise.resolve(Buffer.from(page, 'utf8'));
    };
    const { documents, errors } = await ingest(['-', '-'], {}, { readStdin });
    expect(calls).toBe(1);
    expect(errors).toEqual([{ file: '-', reason: 'standard input can be read only once' }]);
    expect(documents).toEqual([
      {
        id: 'stdin',
        file: '-',
        format: 'html',
        text: 'Ein Absatz.\n\nNoch einer.',
        meta: { title: 'Von stdin', language: 'de' },
        removed: [],
        encoding: 'utf-8',
      },
    ]);
  });

  it('names JSON Lines records from stdin stdin#n', async () => {
    const jsonl = '{"text": "Erster Bericht."}\n{"text": "Zweiter Bericht."}\n';
    const { documents } = await ingest(['-'], {}, { readStdin: () => Promise.resolve(Buffer.from(jsonl)) });
    expect(documents.map((d) => [d.id, d.file, d.format])).toEqual([
      ['stdin#1', '-#1', 'json'],
      ['stdin#2', '-#2', 'json'],
    ]);
  });

  it('applies the size limit to stdin', async () => {
    const { errors } = await ingest(
      ['-'],
      { maxBytes: 10 },
      { readStdin: () => Promise.resolve(Buffer.from('x'.repeat(20))) },
    );
    expect(errors).toEqual([
      { file: '-', reason: 'input is 20 bytes, over the 10 bytes limit (raise it with --max-size)' },
    ]);
  });
});

describe('options and helpers', () => {
  it('normalises options with defaults and refuses bad values', () => {
    expect(normaliseIngestOptions()).toEqual({
      maxBytes: DEFAULT_MAX_BYTES,
      format: 'auto',
      concurrency: 8,
      budgetMs: 60_000,
      now: expect.any(Function),
      maxMemoryMb: 512,
    });
    expect(DEFAULT_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(normaliseIngestOptions({ maxBytes: 100, format: 'text' })).toMatchObject({
      maxBytes: 100,
      format: 'text',
      concurrency: 8,
    });
    expect(() => normaliseIngestOptions({ maxBytes: 0 })).toThrow(RangeError);
    expect(() => normaliseIngestOptions({ maxBytes: Number.NaN })).toThrow(/positive number of bytes/u);
  });

  it('words the size limit as the user sees it', () => {
    const mb = 1024 * 1024;
    expect(sizeLimitReason(Math.round(7.2 * mb), 5 * mb)).toBe(
      'file is 7.2 MB, over the 5 MB limit (raise it with --max-size)',
    );
    expect(sizeLimitReason(5 * mb + 10, 5 * mb)).toBe(
      `file is ${String(5 * mb + 10)} bytes, over the ${String(5 * mb)} bytes limit (raise it with --max-size)`,
    );
  });

  it('words file-system errors for users', () => {
    const err = (code: string): Error => Object.assign(new Error(`${code}: raw`), { code });
    expect(ioReason(err('EACCES'))).toBe('permission denied');
    expect(ioReason(err('EPERM'))).toBe('permission denied');
    expect(ioReason(err('ENOENT'))).toBe('no such file or directory');
    expect(ioReason(err('EISDIR'))).toBe('is a folder, not a file');
    expect(ioReason(err('EIO'))).toBe('EIO: raw');
  });

  it('sorts by code point, not by UTF-16 code unit', () => {
    const names = ['\u{1F600}.txt', '\uFF21.txt', 'b.txt', 'B.txt', 'ä.txt'];
    expect([...names].sort(compareCodePoints)).toEqual([
      'B.txt',
      'b.txt',
      'ä.txt',
      '\uFF21.txt',
      '\u{1F600}.txt',
    ]);
  });
});
