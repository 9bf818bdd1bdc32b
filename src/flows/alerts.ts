/**
 * Alerts (issue 16): after an ingest has committed, each story it added articles to is checked against the saved
 * searches. A story alerts a watch when it was created or gained an independent source in that ingest (an article
 * of a publisher the story did not have, by the one publisher rule of src/lang/publisher.ts; an article whose
 * outlet is unknown gains nothing), has at least the watch's `minSources` independent sources (the story row's
 * count, in which unknown outlets count none), and matches the
 * watch's search and language as the story list would (`GET /api/stories?q=&lang=`). The alert is kept in the
 * store under its key (watch, story, number of sources), so it is raised once, and delivered by the
 * `AlertDispatcher` (src/flows/webhook.ts POSTs it) after the ingest, never inside its transactions.
 */
import { messageOf, type Problem } from '../core/result.js';
import { withoutTrailing } from '../core/trim.js';
import type { AlertRecord, StoreRepository, StoryListItem, Watch } from '../store/types.js';
import { changedArticles, changedLines, distinctPublishers } from './changes.js';
import { postWebhook, type WebhookResult } from './webhook.js';

/** How alerts are delivered; every field is optional. */
export interface AlertOptions {
  /** Attempts per alert before it is given up as failed (default 5). */
  readonly maxAttempts?: number;
  /** Wait before the second attempt, doubled before each later one up to 60 s (default 1 000 ms). */
  readonly backoffMs?: number;
  /** How long one POST may take (default 10 000 ms). */
  readonly timeoutMs?: number;
  /** After how long an alert another process claimed and never settled is sent again (default 10 min). */
  readonly leaseMs?: number;
  /** The base URL of the web page for the alert's `link` (default: none, the link is a path: `/#/story/…`). */
  readonly publicUrl?: string;
  /** The clock (default `new Date()`). */
  readonly now?: () => Date;
  /** How the dispatcher waits between attempts (default a timer). */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface NormalisedAlertOptions {
  readonly maxAttempts: number;
  readonly backoffMs: number;
  readonly timeoutMs: number;
  readonly leaseMs: number;
  readonly publicUrl: string;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
}

const MAX_BACKOFF_MS = 60_000;

function positive(value: number, what: string, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${what} must be a whole number of at least ${String(min)}, not ${String(value)}`);
  }
  return value;
}

export function normaliseAlertOptions(options: AlertOptions = {}): NormalisedAlertOptions {
  return {
    maxAttempts: positive(options.maxAttempts ?? 5, 'alert attempts', 1),
    backoffMs: positive(options.backoffMs ?? 1000, 'alert backoff', 0),
    timeoutMs: positive(options.timeoutMs ?? 10_000, 'alert timeout', 1),
    leaseMs: positive(options.leaseMs ?? 600_000, 'alert lease', 1),
    publicUrl: withoutTrailing(options.publicUrl ?? '', (c) => c === '/'),
    now: options.now ?? (() => new Date()),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
}

/** The wait before attempt `attempt + 1` (attempt ≥ 1): backoff · 2^(attempt − 1), at most 60 s. */
export function backoffDelay(options: NormalisedAlertOptions, attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, options.backoffMs * 2 ** (attempt - 1));
}

/** The stories an ingest added articles to (as they are now, after merges), with the articles each got. */
async function touchedStories(
  repo: StoreRepository,
  added: readonly { readonly id: string; readonly story: string }[],
): Promise<Map<string, { item: StoryListItem; ids: string[] }>> {
  const stories = new Map<string, { item: StoryListItem; ids: string[] }>();
  for (const a of added) {
    const item = await repo.liveStory(a.story);
    if (item === undefined) continue;
    const entry = stories.get(item.id) ?? { item, ids: [] };
    entry.ids.push(a.id);
    stories.set(item.id, entry);
  }
  return stories;
}

/** The alert message (JSON) for a story that matched a watch. */
async function alertMessage(
  repo: StoreRepository,
  options: NormalisedAlertOptions,
  watch: Watch,
  story: StoryListItem,
  ids: readonly string[],
  reason: 'created' | 'new_source',
): Promise<string> {
  const data = await repo.changesOfIngest(story.id, ids);
  const outlets = await repo.storyOutlets(story.id);
  const path = `/#/story/${encodeURIComponent(story.id)}`;
  return JSON.stringify({
    alert: `${watch.id}/${story.id}/${String(story.sources)}`,
    watch: watch.id,
    query: watch.query,
    story: story.id,
    headline: data.current?.brief.headline.trim() || story.headline,
    reason,
    sourceCount: story.sources,
    sources: distinctPublishers(outlets),
    new: { articles: changedArticles(data), lines: changedLines(data, outlets) },
    link: `${options.publicUrl}${path}`,
  });
}

/**
 * Raises the alerts an ingest calls for (see the module comment); returns how many were new, and the problems
 * (returned, never swallowed: the ingest reports them).
 */
export async function raiseAlerts(
  repo: StoreRepository,
  added: readonly { readonly id: string; readonly story: string }[],
  options: NormalisedAlertOptions,
): Promise<{ raised: number; failed: Problem[] }> {
  const failed: Problem[] = [];
  let raised = 0;
  try {
    const watches = await repo.listWatches();
    if (watches.length === 0 || added.length === 0) return { raised, failed };
    for (const { item, ids } of (await touchedStories(repo, added)).values()) {
      const fresh = new Set(ids);
      const outlets = await repo.storyOutlets(item.id);
      const older = outlets.filter((o) => !fresh.has(o.id));
      const before = new Set(older.map((o) => o.publisher));
      const gained = outlets.some((o) => fresh.has(o.id) && o.publisher !== null && !before.has(o.publisher));
      if (!gained) continue;
      const reason = older.length === 0 ? 'created' : 'new_source';
      for (const watch of watches) {
        if (item.sources < watch.minSources) continue;
        if (!(await repo.storyMatches(item.id, { q: watch.query, lang: watch.lang }))) continue;
        const payload = await alertMessage(repo, options, watch, item, ids, reason);
        if (await repo.raiseAlert({ watch: watch.id, story: item.id, sources: item.sources, payload }))
          raised++;
      }
    }
  } catch (error) {
    failed.push({ file: 'alerts', reason: `alerts not raised: ${messageOf(error)}` });
  }
  return { raised, failed };
}

function describe(result: Extract<WebhookResult, { ok: false }>): string {
  return result.status !== undefined ? `HTTP ${String(result.status)}` : result.error;
}

/**
 * Delivers the pending alerts, one at a time, each with bounded retries and backoff; a kicked dispatcher that is
 * already delivering goes round once more. A failure is logged and stored on the alert and its watch
 * (`lastError`); an alert whose attempts run out is `failed`. `idle()` waits until nothing is being delivered.
 */
export class AlertDispatcher {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly repo: StoreRepository,
    private readonly options: NormalisedAlertOptions,
    private readonly log: (line: string) => void,
  ) {}

  /** Starts delivering (in the background) unless it already is. */
  kick(): void {
    if (this.running !== undefined) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves when no delivery is running. */
  async idle(): Promise<void> {
    while (this.running !== undefined) await this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        for (;;) {
          const alert = await this.repo.claimAlert(this.options.now().toISOString(), this.options.leaseMs);
          if (alert === undefined) break;
          await this.deliver(alert, alert.webhook, alert.payload);
        }
      } catch (error) {
        this.log(`lagebild: alerts: delivery stopped: ${messageOf(error)}`);
        return;
      }
    } while (this.again);
  }

  private async deliver(alert: AlertRecord, webhook: string, payload: string): Promise<void> {
    const key = { watch: alert.watch, story: alert.story, sources: alert.sources };
    const id = `${alert.watch}/${alert.story}/${String(alert.sources)}`;
    let attempts = alert.attempts;
    let lastError: string | null = null;
    for (;;) {
      attempts++;
      const result = await postWebhook(webhook, payload, id, this.options.timeoutMs);
      if (result.ok) {
        const at = this.options.now().toISOString();
        await this.repo.settleAlert(key, { status: 'delivered', attempts, error: lastError, at });
        return;
      }
      lastError = `attempt ${String(attempts)}: ${describe(result)}`;
      this.log(`lagebild: alert ${id} to ${webhook} failed (${lastError})`);
      if (!result.retry || attempts >= this.options.maxAttempts) {
        const at = this.options.now().toISOString();
        await this.repo.settleAlert(key, { status: 'failed', attempts, error: lastError, at });
        this.log(`lagebild: alert ${id} given up after ${String(attempts)} attempt(s)`);
        return;
      }
      await this.options.sleep(backoffDelay(this.options, attempts));
    }
  }
}
