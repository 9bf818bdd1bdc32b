import { describe, expect, it } from 'vitest';
import { decodeBytes, isDecodeFailure, type DecodeResult } from '../../src/ingest/index.js';

const GERMAN = 'Größe, Übermaß, Straße, Ä Ö Ü ä ö ü ß';

function text(result: DecodeResult): string {
  if (isDecodeFailure(result)) throw new Error(`unexpected failure: ${result.problem}`);
  return result.value.text;
}

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  return le.swap16();
}

describe('decodeBytes', () => {
  it('decodes UTF-8 without a BOM', () => {
    const r = decodeBytes(Buffer.from(GERMAN, 'utf8'));
    expect(r).toEqual({ ok: true, value: { text: GERMAN, encoding: 'utf-8' } });
  });

  it('decodes UTF-8 with a BOM and drops the BOM', () => {
    const r = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN, 'utf8')]));
    expect(r).toEqual({ ok: true, value: { text: GERMAN, encoding: 'utf-8' } });
  });

  it('detects windows-1252 / ISO-8859-1 bytes that are not valid UTF-8', () => {
    const r = decodeBytes(Buffer.from(GERMAN, 'latin1'));
    expect(r).toEqual({ ok: true, value: { text: GERMAN, encoding: 'windows-1252' } });
  });

  it('decodes windows-1252 typographic quotes and the euro sign', () => {
    const bytes = Buffer.from([0x84, 0x48, 0x61, 0x6c, 0x6c, 0x6f, 0x93, 0x20, 0x35, 0x20, 0x80]);
    expect(text(decodeBytes(bytes))).toBe('„Hallo“ 5 €');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GERMAN, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(GERMAN)]);
    expect(decodeBytes(le)).toEqual({ ok: true, value: { text: GERMAN, encoding: 'utf-16le' } });
    expect(decodeBytes(be)).toEqual({ ok: true, value: { text: GERMAN, encoding: 'utf-16be' } });
  });

  it('decodes BOM-less UTF-16 LE text instead of calling it binary', () => {
    expect(text(decodeBytes(Buffer.from('Hallo Welt, schöne Grüße', 'utf16le')))).toBe(
      'Hallo Welt, schöne Grüße',
    );
  });

  it('uses a charset declared in <meta> for bytes that are not UTF-8', () => {
    const page = `<html><head><meta charset="iso-8859-1"><title>Straße</title></head><body><p>${GERMAN}</p></body></html>`;
    const r = decodeBytes(Buffer.from(page, 'latin1'));
    expect(r).toEqual({ ok: true, value: { text: page, encoding: 'windows-1252' } });
  });

  it('uses a charset from <meta http-equiv content>', () => {
    const page = `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>Łódź</p>`;
    const bytes = Buffer.from(page.replace('Łódź', '\u0000'), 'latin1');
    const at = bytes.indexOf(0);
    const withPolish = Buffer.concat([
      bytes.subarray(0, at),
      Buffer.from([0xa3, 0xf3, 0x64, 0xbc]),
      bytes.subarray(at + 1),
    ]);
    expect(decodeBytes(withPolish)).toEqual({ ok: true, value: { text: page, encoding: 'iso-8859-2' } });
  });

  it('prefers UTF-8 when a page declares latin-1 but its bytes are valid multibyte UTF-8', () => {
    const page = `<meta charset="iso-8859-1"><p>${GERMAN}</p>`;
    expect(decodeBytes(Buffer.from(page, 'utf8'))).toEqual({
      ok: true,
      value: { text: page, encoding: 'utf-8' },
    });
  });

  it('falls back to windows-1252 when a page declares utf-8 but its bytes are invalid', () => {
    const page = `<meta charset="utf-8"><p>${GERMAN}</p>`;
    expect(decodeBytes(Buffer.from(page, 'latin1'))).toEqual({
      ok: true,
      value: { text: page, encoding: 'windows-1252' },
    });
  });

  it('lets a declared charset hint decide for non-UTF-8 bytes', () => {
    const bytes = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect(decodeBytes(bytes, { declaredCharset: 'windows-1251' })).toEqual({
      ok: true,
      value: { text: 'Привет', encoding: 'windows-1251' },
    });
  });

  it('refuses binary bytes (PNG header and NULs)', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(decodeBytes(png)).toEqual({ ok: false, problem: 'binary file (not text)' });
  });

  it('refuses bytes that are mostly control characters', () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7))));
    expect(decodeBytes(bytes)).toEqual({ ok: false, problem: 'binary file (not text)' });
  });

  it('refuses empty and whitespace-only input', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, problem: 'empty file' });
    expect(decodeBytes(Buffer.from(' \n\t \r\n'))).toEqual({ ok: false, problem: 'empty file' });
    expect(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0x0a]))).toEqual({
      ok: false,
      problem: 'empty file',
    });
  });
});
