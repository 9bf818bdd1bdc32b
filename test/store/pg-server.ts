/**
 * A real PostgreSQL server for the store's tests, started by `scripts/pg-test-server.sh` (which installs Debian's
 * `postgresql` when missing). `startPostgres()` gives the server, or the reason it cannot run here.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const SCRIPT = new URL('../../scripts/pg-test-server.sh', import.meta.url).pathname;

export interface PgServer {
  readonly url: string;
  /** A new, empty database on the server; its URL. */
  database(): Promise<string>;
  stop(): Promise<void>;
}

let created = 0;

function fields(stdout: string): Map<string, string> {
  return new Map(
    stdout
      .split('\n')
      .map((line) => /^(PGTEST_\w+)=(.*)$/u.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

export async function startPostgres(): Promise<PgServer | string> {
  let stdout: string;
  try {
    ({ stdout } = await run('bash', [SCRIPT, 'start'], { timeout: 600_000 }));
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return (e.stderr ?? '').trim() || e.message;
  }
  const found = fields(stdout);
  const url = found.get('PGTEST_URL');
  const dir = found.get('PGTEST_DIR');
  if (url === undefined || dir === undefined) return `unexpected output of ${SCRIPT}: ${stdout}`;
  return {
    url,
    async database() {
      const name = `t${process.pid}_${++created}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url.replace(/\/[^/]*$/u, `/${name}`);
    },
    async stop() {
      await run('bash', [SCRIPT, 'stop', dir], { timeout: 60_000 });
    },
  };
}
