/**
 * The polite HTTP client of the watcher, on Node's global fetch: a clear User-Agent, robots.txt (cached per host),
 * the per-host limits, a timeout per request, redirects followed by hand (capped, loops detected, robots.txt asked
 * again for each hop), a size limit while reading, a content-type check, and bounded retries with exponential
 * backoff for what may pass (network errors, timeouts, 429, 5xx).
 */
import { sizeLimitReason } from '../ingest/options.js';
import type { Clock } from './clock.js';
import type { HostLimiter } from './limits.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type Robots } from './robots.js';

export interface HttpSettings {
  readonly userAgent: string;
  /** The product token robots.txt groups are matched against (`lagebild`). */
  readonly robotsToken: string;
  readonly timeoutMs: number;
  /** Attempts after the first, for failures that may pass. */
  readonly retries: number;
  /** The first retry waits this long, each next one twice as long. */
  readonly backoffMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** How long a robots.txt that was read is trusted (an unreachable one is asked again after a minute). */
  readonly robotsTtlMs: number;
}

export interface Fetched {
  readonly kind: 'ok';
  /** The URL after redirects. */
  readonly url: string;
  readonly status: number;
  /** The media type without parameters (`text/html`), '' when the server sent none. */
  readonly mediaType: string;
  readonly charset: string | undefined;
  readonly bytes: Uint8Array;
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export interface NotModified {
  readonly kind: 'not-modified';
  readonly url: string;
  readonly status: 304;
}

export interface FetchFailure {
  readonly kind: 'failed';
  readonly reason: string;
  /** Whether asking again later may succeed (network, timeout, 429, 5xx). */
  readonly retryable: boolean;
  readonly status: number | null;
}

/** The run was stopped (shutdown) while the request was in flight or waiting. */
export interface Stopped {
  readonly kind: 'stopped';
}

export type FetchResult = Fetched | NotModified | FetchFailure | Stopped;

export interface FetchRequest {
  readonly url: string;
  readonly accept: string;
  /** Whether a media type is what was asked for ('' = none sent, decided by the caller). */
  readonly acceptsType: (mediaType: string) => boolean;
  /** What was asked for, in words, for the error ("a feed", "an HTML page"). */
  readonly what: string;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

/** How long a robots.txt that answered 5xx (or not at all) keeps the host closed before it is asked again. */
const UNTRUSTED_ROBOTS_MS = 60_000;

/** Read through a call, so the compiler does not take it for unchanged since the last look. */
const stopped = (signal: AbortSignal | undefined): boolean => signal?.aborted === true;

const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

const failed = (reason: string, retryable: boolean, status: number | null = null): FetchFailure => ({
  kind: 'failed',
  reason,
  retryable,
  status,
});

/** One response with its body read (within the limits), or why not. */
type Raw =
  | { readonly kind: 'response'; readonly response: Response; readonly bytes: Uint8Array | undefined }
  | FetchFailure
  | Stopped;

function mediaTypeOf(header: string | null): { mediaType: string; charset: string | undefined } {
  if (header === null) return { mediaType: '', charset: undefined };
  const [type = '', ...params] = header.split(';');
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/iu.exec(p)?.[1])
    .find((c) => c !== undefined);
  return { mediaType: type.trim().toLowerCase(), charset: charset?.toLowerCase() };
}

function errorReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = (cause as { code?: string } | undefined)?.code;
  if (code !== undefined) return `${code} (${cause?.message ?? error.message})`;
  return cause?.message ?? error.message;
}

/** A size over the limit, as the user should read it (the size when the server said it, else only "over"). */
function tooLarge(limit: number, size?: number): string {
  if (size !== undefined) return sizeLimitReason(size, limit, 'response');
  const mb = limit / (1024 * 1024);
  const shown = mb >= 1 ? `${String(Number(mb.toFixed(1)))} MB` : `${String(limit)} bytes`;
  return `response is over the ${shown} limit, reading stopped there (raise it with --max-size)`;
}

export class PoliteFetcher {
  private readonly robots = new Map<string, { robots: Promise<Robots>; until: number }>();

  constructor(
    private readonly settings: HttpSettings,
    private readonly limiter: HostLimiter,
    private readonly clock: Clock,
  ) {}

  /** GET `request.url` politely; retries what may pass, with backoff; never throws. */
  async get(request: FetchRequest, signal?: AbortSignal): Promise<FetchResult> {
    for (let attempt = 0; ; attempt++) {
      const result = await this.follow(request, signal);
      if (signal?.aborted === true) return { kind: 'stopped' };
      if (result.kind !== 'failed' || !result.retryable || attempt >= this.settings.retries) {
        if (result.kind === 'failed' && attempt > 0)
          return { ...result, reason: `${result.reason} (${String(attempt + 1)} attempts)` };
        return result;
      }
      await this.clock.sleep(this.settings.backoffMs * 2 ** attempt, signal);
      if (stopped(signal)) return { kind: 'stopped' };
    }
  }

  /** One attempt: the request and its redirects, each hop asked of robots.txt. */
  private async follow(request: FetchRequest, signal: AbortSignal | undefined): Promise<FetchResult> {
    let url = request.url;
    const visited = new Set<string>([url]);
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return failed(`not a URL: ${url}`, false);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return failed(`not an http(s) URL: ${url}`, false);
      if (!(await this.allowed(parsed, signal))) {
        if (signal?.aborted === true) return { kind: 'stopped' };
        return failed(`disallowed by ${parsed.origin}/robots.txt`, false);
      }
      const headers: Record<string, string> = {
        'user-agent': this.settings.userAgent,
        accept: request.accept,
      };
      if (hop === 0 && request.etag) headers['if-none-match'] = request.etag;
      if (hop === 0 && request.lastModified) headers['if-modified-since'] = request.lastModified;
      const raw = await this.exchange(parsed, headers, signal, (response) => {
        if (REDIRECTS.has(response.status) || response.status === 304 || !response.ok) return undefined;
        const { mediaType } = mediaTypeOf(response.headers.get('content-type'));
        return request.acceptsType(mediaType)
          ? undefined
          : `wrong content type "${mediaType}" for ${request.what}`;
      });
      if (raw.kind !== 'response') return raw;
      const { response, bytes } = raw;
      const status = response.status;
      if (REDIRECTS.has(status)) {
        const location = response.headers.get('location');
        if (location === null) return failed(`HTTP ${String(status)} without a Location`, false, status);
        const next = new URL(location, url).href;
        if (visited.has(next)) return failed(`redirect loop (${next} again)`, false, status);
        if (hop >= this.settings.maxRedirects)
          return failed(`too many redirects (over ${String(this.settings.maxRedirects)})`, false, status);
        visited.add(next);
        url = next;
        continue;
      }
      if (status === 304) return { kind: 'not-modified', url, status: 304 };
      if (status === 429 || status >= 500) return failed(`HTTP ${String(status)}`, true, status);
      if (status !== 200 && status !== 203) return failed(`HTTP ${String(status)}`, false, status);
      const { mediaType, charset } = mediaTypeOf(response.headers.get('content-type'));
      return {
        kind: 'ok',
        url,
        status,
        mediaType,
        charset,
        bytes: bytes ?? new Uint8Array(),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
    }
  }

  /**
   * One request in the host's turn, with the timeout; the body is read (up to the size limit) unless `refuse` names
   * a reason not to (a wrong content type) or the response has none worth reading (redirect, 304, error).
   */
  private exchange(
    url: URL,
    headers: Record<string, string>,
    signal: AbortSignal | undefined,
    refuse: (response: Response) => string | undefined,
  ): Promise<Raw> {
    const limit = this.settings.maxBytes;
    return this.limiter
      .run(url.host, signal, async (): Promise<Raw> => {
        const local = new AbortController();
        const timeout = AbortSignal.timeout(this.settings.timeoutMs);
        const signals = [local.signal, timeout, ...(signal ? [signal] : [])];
        const init: RequestInit = { headers, redirect: 'manual', signal: AbortSignal.any(signals) };
        let response: Response;
        try {
          response = await fetch(url, init).catch((error: unknown) => {
            // a kept-alive connection the server closed just as it was reused: once more, on a new connection
            if (!reusedConnectionClosed(error) || timeout.aborted || signal?.aborted === true) throw error;
            return fetch(url, init);
          });
        } catch (error) {
          if (signal?.aborted === true) return { kind: 'stopped' };
          if (timeout.aborted) return failed(`timed out after ${String(this.settings.timeoutMs)} ms`, true);
          return failed(errorReason(error), true);
        }
        const done = (raw: Raw): Raw => {
          local.abort();
          return raw;
        };
        if (response.status < 200 || response.status >= 300 || response.status === 204)
          return done({ kind: 'response', response, bytes: undefined });
        const refused = refuse(response);
        if (refused !== undefined) return done(failed(refused, false, response.status));
        const length = Number(response.headers.get('content-length') ?? NaN);
        if (Number.isFinite(length) && length > limit)
          return done(failed(tooLarge(limit, length), false, response.status));
        try {
          const bytes = await readLimited(response, limit);
          if (bytes === undefined) return done(failed(tooLarge(limit), false, response.status));
          return { kind: 'response', response, bytes };
        } catch (error) {
          if (signal?.aborted === true) return { kind: 'stopped' };
          if (timeout.aborted)
            return failed(`timed out after ${String(this.settings.timeoutMs)} ms (reading the body)`, true);
          return failed(`reading the body: ${errorReason(error)}`, true);
        }
      })
      .catch((error: unknown): Raw => {
        if (signal?.aborted === true) return { kind: 'stopped' };
        return failed(errorReason(error), true);
      });
  }

  /** Whether robots.txt of the URL's origin lets the watcher fetch it (read once per host, then cached). */
  private async allowed(url: URL, signal: AbortSignal | undefined): Promise<boolean> {
    if (url.pathname === '/robots.txt') return true;
    const now = this.clock.now();
    let entry = this.robots.get(url.origin);
    if (!entry || entry.until < now) {
      // one read per host, shared by the requests that wait for it; an untrusted one is read again next time
      const own = { robots: Promise.resolve(ALLOW_ALL), until: now + this.settings.robotsTtlMs };
      own.robots = this.readRobots(url, signal).then(({ robots, trusted }) => {
        if (!trusted) own.until = this.clock.now() + UNTRUSTED_ROBOTS_MS;
        return robots;
      });
      entry = own;
      this.robots.set(url.origin, entry);
    }
    return (await entry.robots).allows(`${url.pathname}${url.search}`);
  }

  /**
   * robots.txt as RFC 9309 reads it: found → its rules; 4xx → everything allowed; 5xx or unreachable → nothing
   * allowed for a minute (then asked again). Redirects are followed (within the cap).
   */
  private async readRobots(
    url: URL,
    signal: AbortSignal | undefined,
  ): Promise<{ robots: Robots; trusted: boolean }> {
    let at = new URL('/robots.txt', url.origin);
    const headers = { 'user-agent': this.settings.userAgent, accept: 'text/plain' };
    for (let hop = 0; hop <= this.settings.maxRedirects; hop++) {
      const raw = await this.exchange(at, headers, signal, () => undefined);
      if (raw.kind !== 'response') return { robots: DISALLOW_ALL, trusted: false };
      const { response, bytes } = raw;
      const location = response.headers.get('location');
      if (REDIRECTS.has(response.status) && location !== null) {
        at = new URL(location, at);
        continue;
      }
      if (response.status >= 200 && response.status < 300) {
        const text = new TextDecoder('utf-8').decode(bytes ?? new Uint8Array());
        return { robots: parseRobots(text, this.settings.robotsToken), trusted: true };
      }
      if (response.status >= 400 && response.status < 500) return { robots: ALLOW_ALL, trusted: true };
      return { robots: DISALLOW_ALL, trusted: false };
    }
    return { robots: ALLOW_ALL, trusted: true };
  }
}

/** The error of a connection closed under the request before any response (ECONNRESET, EPIPE, socket closed). */
function reusedConnectionClosed(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  return ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'].includes(code);
}

/** The body, or undefined as soon as it grows past `limit` bytes (reading stops there). */
async function readLimited(response: Response, limit: number): Promise<Uint8Array | undefined> {
  const body = response.body;
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
