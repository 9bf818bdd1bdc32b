/** Runs the built CLI (`node dist/src/cli/bin.js`) as a child process, building `dist` first when it is stale. */
import { execFile, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = new URL('../../', import.meta.url).pathname;
export const BIN = join(ROOT, 'dist/src/cli/bin.js');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtAt(): number {
  try {
    return statSync(BIN).mtimeMs;
  } catch {
    return 0;
  }
}

/** `npm ci` builds `dist` (prepare); when a source file is newer, build again (type errors elsewhere do not stop emit). */
export async function ensureBuilt(): Promise<void> {
  if (builtAt() > newest(join(ROOT, 'src'))) return;
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.json')], {
    cwd: ROOT,
    timeout: 300_000,
  }).catch(() => undefined);
  if (builtAt() === 0) throw new Error(`building ${BIN} failed`);
}

export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/**
 * Runs `lagebild ingest …`; with `killAfter`, sends SIGKILL as soon as the CLI reports at least that many articles
 * stored (a progress line is written after the article's transaction committed).
 */
export function runIngest(args: readonly string[], killAfter?: number): Promise<Finished> {
  const child = spawn(process.execPath, [BIN, 'ingest', '--create', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
    if (killAfter === undefined) return;
    const stored = [...stderr.matchAll(/(\d+)(?:\/\d+)? read:/gu)].map((m) => Number(m[1]));
    if (Math.max(0, ...stored) >= killAfter) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}
