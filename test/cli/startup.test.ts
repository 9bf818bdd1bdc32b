/**
 * Start-up (issue 12): a command loads only what it uses. Run in a child process of the built CLI, so that nothing
 * loaded by other tests counts: the CommonJS packages a call loaded are in its `require.cache`.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const MAIN = join(ROOT, 'dist/src/cli/main.js');
const EXAMPLE = join(ROOT, 'examples/kim-putin-2019');

/** Runs `execute(args)` in a fresh process; returns its exit code and the packages it loaded. */
async function loadedBy(args: readonly string[]): Promise<{ code: number; packages: string[] }> {
  const script = `
    import { createRequire } from 'node:module';
    const { execute } = await import(${JSON.stringify(MAIN)});
    const sink = { write: () => undefined };
    const code = await execute(${JSON.stringify(args)}, {
      stdout: sink, stderr: sink, readStdin: async () => new Uint8Array(), stdinIsTTY: true,
    });
    const packages = new Set();
    for (const file of Object.keys(createRequire(import.meta.url).cache)) {
      const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//u.exec(file);
      if (m) packages.add(m[1]);
    }
    process.stdout.write(JSON.stringify({ code, packages: [...packages].sort() }));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
  });
  return JSON.parse(stdout) as { code: number; packages: string[] };
}

const HEAVY = ['better-sqlite3', 'pg', 'fastify', 'feedsmith', 'linkedom', '@mozilla/readability'];

describe('the CLI loads what a command uses, when it runs', () => {
  it('--help loads no database driver, server, feed or HTML parser', async () => {
    const { code, packages } = await loadedBy(['--help']);
    expect(code).toBe(0);
    expect(packages.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('a brief of text files loads none of them either; an ingest loads the SQLite driver only', async () => {
    const brief = await loadedBy(['brief', '--lang', 'de', '--format', 'json', EXAMPLE]);
    expect(brief.code).toBe(0);
    expect(brief.packages.filter((p) => HEAVY.includes(p))).toEqual([]);
    const ingest = await loadedBy(['ingest', '--db', ':memory:', EXAMPLE]);
    expect(ingest.code).toBe(0);
    expect(ingest.packages.filter((p) => HEAVY.includes(p))).toEqual(['better-sqlite3']);
  });

  it('watch --help loads none of them; feeds list loads the SQLite driver only', async () => {
    const help = await loadedBy(['watch', '--help']);
    expect(help.code).toBe(0);
    expect(help.packages.filter((p) => HEAVY.includes(p))).toEqual([]);
    const feeds = await loadedBy(['feeds', 'list', '--db', ':memory:']);
    expect(feeds.code).toBe(0);
    expect(feeds.packages.filter((p) => HEAVY.includes(p))).toEqual(['better-sqlite3']);
  });
});
