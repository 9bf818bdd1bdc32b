import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import type { Brief } from '../../src/brief/types.js';
import { fakeIo } from '../support/io.js';
import { EXAMPLE_DIR, seedFiles } from '../support/seeds.js';

let dir = '';
const seed = (i: number): string => seedFiles()[i]?.text ?? '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lagebild-cli-'));
  writeFileSync(join(dir, 'good1.txt'), seed(1));
  writeFileSync(join(dir, 'good2.txt'), seed(2));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(
    join(dir, 'image.png'),
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]),
  );
  writeFileSync(join(dir, 'bad.json'), '{"text": "Ein Satz", ');
  writeFileSync(join(dir, 'big.txt'), `${seed(0)}\n${'Noch ein langer Satz über den Gipfel. '.repeat(200)}`);
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from(seed(4), 'latin1'));
});

async function run(
  args: readonly string[],
  stdin?: string,
): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(stdin);
  const code = await execute(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('bad inputs become per-file errors; the other files go on', () => {
  const cases: [string, string, RegExp][] = [
    ['an empty file', 'empty.txt', /empty\.txt: .*empty/u],
    ['a binary file', 'image.png', /image\.png: .*binary/u],
    ['invalid JSON', 'bad.json', /bad\.json.*invalid JSON/u],
    ['a missing path', 'nowhere.txt', /nowhere\.txt: .*no such file/u],
  ];
  for (const [what, file, message] of cases) {
    it(`${what}: exit 1, brief on stdout, reason on stderr`, async () => {
      const { code, out, err } = await run([
        'brief',
        join(dir, 'good1.txt'),
        join(dir, 'good2.txt'),
        join(dir, file),
        '--format',
        'json',
      ]);
      expect(code).toBe(1);
      expect(err).toMatch(message);
      const brief = JSON.parse(out) as Brief;
      expect(brief.articles).toHaveLength(2);
      expect(brief.errors).toHaveLength(1);
      expect(brief.errors[0]?.file).toContain(file);
    });
  }

  it('a file over the size limit (flag to change it)', async () => {
    const over = await run([
      'brief',
      join(dir, 'good1.txt'),
      join(dir, 'big.txt'),
      '--max-size',
      '5KB',
      '--format',
      'json',
    ]);
    expect(over.code).toBe(1);
    expect(over.err).toMatch(/big\.txt: .*limit/u);
    const raised = await run([
      'brief',
      join(dir, 'good1.txt'),
      join(dir, 'big.txt'),
      '--max-size',
      '1MB',
      '--format',
      'json',
    ]);
    expect(raised.code).toBe(0);
  });

  it('a windows-1252 file comes out with umlauts and ß', async () => {
    const { code, out } = await run([
      'brief',
      join(dir, 'latin1.txt'),
      join(dir, 'good1.txt'),
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const brief = JSON.parse(out) as Brief;
    const latin = brief.articles.find((a) => a.id === 'latin1');
    expect(latin?.text).toContain('Außer Lebensmitteln kauften die Nordkoreanern nichts mehr');
    expect(latin?.text).toContain('Öl- und Gaspipeline');
    expect(latin?.text).toContain('Präsident');
    expect(latin?.text).not.toContain('\uFFFD');
  });

  it('nothing usable: exit 2 and no brief', async () => {
    const { code, out, err } = await run(['brief', join(dir, 'empty.txt'), join(dir, 'image.png')]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/nothing usable/u);
  });
});

describe('usage', () => {
  it('no input and stdin is a terminal: exit 2 with a hint', async () => {
    const { code, err } = await run(['brief']);
    expect(code).toBe(2);
    expect(err).toMatch(/no input/u);
  });

  it('unknown option and bad values: exit 2', async () => {
    expect((await run(['brief', EXAMPLE_DIR, '--nope'])).code).toBe(2);
    expect((await run(['brief', EXAMPLE_DIR, '--words', 'many'])).code).toBe(2);
    expect((await run(['brief', EXAMPLE_DIR, '--format', 'pdf'])).err).toMatch(/md, json, html/u);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('--help and --version exit 0', async () => {
    const help = await run(['brief', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--words');
    expect((await run(['--version'])).out).toMatch(/^\d+\.\d+\.\d+/u);
  });

  it('reads text from stdin', async () => {
    const { code, out } = await run(['brief', '--format', 'json'], seed(2));
    expect(code).toBe(0);
    const brief = JSON.parse(out) as Brief;
    expect(brief.articles[0]?.id).toBe('stdin');
    expect(brief.articles[0]?.author).toBe('Silke Bigalke');
  });

  it('--out writes the file in the format of its extension', async () => {
    const file = join(dir, 'brief.html');
    const { code, out, err } = await run(['brief', EXAMPLE_DIR, '--out', file]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toContain(file);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>/u);
  });
});

describe('lagebild clean', () => {
  it('shows cleaned text and removed lines with reasons', async () => {
    const { code, out } = await run(['clean', join(EXAMPLE_DIR, '002_b3394aa4fb092fca.txt')]);
    expect(code).toBe(0);
    expect(out).toContain('[title] Internationale Politik:Kim und Putin schicken einen Gruß an Trump');
    expect(out).toContain('- [teaser] Kommentar von Christoph Neidhart');
    expect(out).toContain('- [byline] Von Silke Bigalke, Moskau');
    expect(out).toContain('author: Silke Bigalke');
  });
});

describe('brief writes Markdown unless JSON or HTML is asked for', () => {
  const inputs = (): string[] => [join(dir, 'good1.txt'), join(dir, 'good2.txt')];

  it('into a pipe (not a terminal) it is Markdown, not JSON', async () => {
    const { code, out } = await run(['brief', ...inputs()]);
    expect(code).toBe(0);
    expect(out.startsWith('# ')).toBe(true);
    expect(() => JSON.parse(out) as unknown).toThrow();
  });

  it('--out with a .txt name writes Markdown; with .json JSON; with .html HTML; --format wins', async () => {
    const written = async (name: string, extra: readonly string[] = []): Promise<string> => {
      const file = join(dir, name);
      expect((await run(['brief', ...inputs(), '--out', file, ...extra])).code).toBe(0);
      return readFileSync(file, 'utf8');
    };
    expect((await written('brief.txt')).startsWith('# ')).toBe(true);
    expect((JSON.parse(await written('brief.json')) as Brief).schema).toBe('lagebild/brief@1');
    expect(await written('brief.html')).toMatch(/^<!doctype html>/iu);
    expect((JSON.parse(await written('other.txt', ['--format', 'json'])) as Brief).articles).toHaveLength(2);
  });
});
