/**
 * Saved searches and their alerts (issue 16). An alert's key is its watch, story and the story's number of sources
 * when it was raised: raising it again does nothing, so a story alerts once per watch for each source count it
 * reaches. Its delivery state is kept (pending → sending → delivered or failed), so a restart neither loses nor
 * resends it; the flow that delivers (src/flows/alerts.ts) claims one alert at a time under the write lock.
 */
import { randomBytes } from 'node:crypto';
import { num, optStr, str, type Dialect, type Row } from './dialect.js';
import type { AlertRecord, AlertStatus, PendingAlert, Watch, WatchInput } from './types.js';

const WATCH_COLUMNS = 'id, query, lang, min_sources, webhook, created_at, last_error, last_error_at';
const ALERT_COLUMNS = 'watch, story, sources, created_at, status, attempts, delivered_at, last_error';

function watchOf(row: Row): Watch {
  return {
    id: str(row.id),
    query: str(row.query),
    lang: optStr(row.lang),
    minSources: num(row.min_sources),
    webhook: str(row.webhook),
    created: str(row.created_at),
    lastError: optStr(row.last_error),
    lastErrorAt: optStr(row.last_error_at),
  };
}

function alertOf(row: Row): AlertRecord {
  return {
    watch: str(row.watch),
    story: str(row.story),
    sources: num(row.sources),
    created: str(row.created_at),
    status: str(row.status) as AlertStatus,
    attempts: num(row.attempts),
    deliveredAt: optStr(row.delivered_at),
    lastError: optStr(row.last_error),
  };
}

export async function addWatch(dialect: Dialect, input: WatchInput): Promise<Watch> {
  const watch: Watch = {
    id: `w-${randomBytes(8).toString('hex')}`,
    ...input,
    created: new Date().toISOString(),
    lastError: null,
    lastErrorAt: null,
  };
  await dialect.locked((tx) =>
    tx.run(
      'INSERT INTO watches (id, query, lang, min_sources, webhook, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [watch.id, watch.query, watch.lang, watch.minSources, watch.webhook, watch.created],
    ),
  );
  return watch;
}

export async function listWatches(dialect: Dialect): Promise<Watch[]> {
  return (await dialect.all(`SELECT ${WATCH_COLUMNS} FROM watches ORDER BY created_at, id`)).map(watchOf);
}

export async function getWatch(dialect: Dialect, id: string): Promise<Watch | undefined> {
  const [row] = await dialect.all(`SELECT ${WATCH_COLUMNS} FROM watches WHERE id = ?`, [id]);
  return row ? watchOf(row) : undefined;
}

export async function deleteWatch(dialect: Dialect, id: string): Promise<boolean> {
  return dialect.locked(async (tx) => {
    const found = await tx.all('SELECT id FROM watches WHERE id = ?', [id]);
    if (found.length === 0) return false;
    await tx.run('DELETE FROM alerts WHERE watch = ?', [id]);
    await tx.run('DELETE FROM watches WHERE id = ?', [id]);
    return true;
  });
}

export async function watchAlerts(dialect: Dialect, id: string, limit: number): Promise<AlertRecord[]> {
  const rows = await dialect.all(
    `SELECT ${ALERT_COLUMNS} FROM alerts WHERE watch = ? ORDER BY created_at DESC, story, sources DESC LIMIT ?`,
    [id, limit],
  );
  return rows.map(alertOf);
}

export async function raiseAlert(
  dialect: Dialect,
  alert: { watch: string; story: string; sources: number; payload: string },
): Promise<boolean> {
  return dialect.locked(async (tx) => {
    const key = [alert.watch, alert.story, alert.sources];
    const exists = await tx.all(
      'SELECT 1 AS x FROM alerts WHERE watch = ? AND story = ? AND sources = ?',
      key,
    );
    const watch = await tx.all('SELECT 1 AS x FROM watches WHERE id = ?', [alert.watch]);
    if (exists.length > 0 || watch.length === 0) return false;
    await tx.run(
      `INSERT INTO alerts (watch, story, sources, created_at, payload, status, attempts)
        VALUES (?, ?, ?, ?, ?, 'pending', 0)`,
      [...key, new Date().toISOString(), alert.payload],
    );
    return true;
  });
}

export async function claimAlert(
  dialect: Dialect,
  now: string,
  leaseMs: number,
): Promise<PendingAlert | undefined> {
  const expired = new Date(Date.parse(now) - leaseMs).toISOString();
  // a read first: with nothing to send, no write lock is taken
  const waiting = await dialect.all(
    "SELECT 1 AS x FROM alerts WHERE status IN ('pending', 'sending') LIMIT 1",
  );
  if (waiting.length === 0) return undefined;
  return dialect.locked(async (tx) => {
    const [row] = await tx.all(
      `SELECT ${ALERT_COLUMNS.split(', ')
        .map((c) => `a.${c}`)
        .join(', ')}, a.payload, w.webhook FROM alerts a JOIN watches w ON w.id = a.watch
        WHERE a.status = 'pending' OR (a.status = 'sending' AND a.claimed_at < ?)
        ORDER BY a.created_at, a.watch, a.story, a.sources LIMIT 1`,
      [expired],
    );
    if (!row) return undefined;
    await tx.run(
      `UPDATE alerts SET status = 'sending', claimed_at = ? WHERE watch = ? AND story = ? AND sources = ?`,
      [now, row.watch, row.story, row.sources],
    );
    return { ...alertOf(row), status: 'sending', webhook: str(row.webhook), payload: str(row.payload) };
  });
}

export async function settleAlert(
  dialect: Dialect,
  key: { watch: string; story: string; sources: number },
  outcome: { status: 'delivered' | 'failed' | 'pending'; attempts: number; error: string | null; at: string },
): Promise<void> {
  await dialect.locked(async (tx) => {
    await tx.run(
      `UPDATE alerts SET status = ?, attempts = ?, last_error = ?, claimed_at = NULL,
        delivered_at = ? WHERE watch = ? AND story = ? AND sources = ?`,
      [
        outcome.status,
        outcome.attempts,
        outcome.error,
        outcome.status === 'delivered' ? outcome.at : null,
        key.watch,
        key.story,
        key.sources,
      ],
    );
    if (outcome.error !== null) {
      await tx.run('UPDATE watches SET last_error = ?, last_error_at = ? WHERE id = ?', [
        outcome.error,
        outcome.at,
        key.watch,
      ]);
    }
  });
}
