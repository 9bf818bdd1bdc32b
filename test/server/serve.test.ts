import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { serverUrl } from '../../src/server/index.js';
import { fakeIo } from '../support/io.js';
import { BIN, ensureBuilt } from '../store/cli-process.js';

const work = mkdtempSync(join(tmpdir(), 'lagebild-serve-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lagebild serve: usage errors (exit 2, message on stderr)', () => {
  it.each([
    [['--port', '70000'], '--port must be a whole number from 0 to 65535'],
    [['--port', 'http'], '--port must be a whole number'],
    [['--max-batch', '0'], '--max-batch must be a whole number from 1'],
    [['--max-queue', '0'], '--max-queue must be a whole number from 1'],
    [['--max-body', '-5'], '--max-body must be a whole number from 1'],
    [['--host', ' '], '--host must not be empty'],
  ])('%j', async (args, message) => {
    const io = fakeIo();
    expect(await execute(['serve', '--db', join(work, 'x.db'), ...args], io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.out()).toBe('');
  });

  it('an address that cannot be bound', async () => {
    const io = fakeIo();
    expect(
      await execute(
        ['serve', '--db', join(work, 'y.db'), '--create', '--host', '203.0.113.1', '--port', '0'],
        io,
      ),
    ).toBe(2);
    expect(io.err()).toMatch(/lagebild serve: .*(EADDRNOTAVAIL|address)/iu);
  });
});

describe('serverUrl', () => {
  it('brackets IPv6 addresses', () => {
    expect(serverUrl('127.0.0.1', 8080)).toBe('http://127.0.0.1:8080/');
    expect(serverUrl('::1', 80)).toBe('http://[::1]:80/');
  });
});

/** Starts the built CLI, resolves with the URL it prints. */
function startServe(db: string): {
  child: ReturnType<typeof spawn>;
  url: Promise<string>;
  exit: Promise<{ code: number | null; stderr: string }>;
} {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--create', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const found = /http:\/\/\S+\//u.exec(stdout)?.[0];
      if (found !== undefined) resolve(found);
    });
    child.on('close', () => reject(new Error(`serve exited before listening: ${stderr}`)));
  });
  const exit = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stderr })),
  );
  return { child, url, exit };
}

describe('lagebild serve as a process', () => {
  it('binds 127.0.0.1, prints the URL, answers, and stops cleanly on SIGTERM (exit 0)', async () => {
    await ensureBuilt();
    const server = startServe(join(work, 'serve.db'));
    try {
      const url = await server.url;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
      const health = (await (await fetch(`${url}api/health`)).json()) as { ok: boolean; kind: string };
      expect(health).toMatchObject({ ok: true, kind: 'sqlite' });
      const posted = await fetch(`${url}api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          text: 'Der Stadtrat hat am Dienstag den Haushalt beschlossen. Die Opposition stimmte dagegen.',
        }),
      });
      expect(posted.status).toBe(202);
      expect(posted.headers.get('location')).toMatch(/^\/api\/ingest\//u);
    } finally {
      server.child.kill('SIGTERM');
    }
    const { code, stderr } = await server.exit;
    expect(code).toBe(0);
    expect(stderr).toContain('stopped');
  });
});
