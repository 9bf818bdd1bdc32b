/**
 * A real local web site for the watcher's tests (node:http on 127.0.0.1, port 0): files the test writes (with an
 * ETag each, answering If-None-Match with 304), handlers for the hostile cases, and what it saw: requests per path,
 * the 304s, the most requests in flight at once, the User-Agent.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SiteFile {
  readonly type: string;
  readonly body: string | Uint8Array;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface Site {
  readonly origin: string;
  url(path: string): string;
  /** Serves `body` at `path` (replacing what was there; the ETag changes with the body). */
  file(path: string, type: string, body: string | Uint8Array): void;
  handle(path: string, handler: Handler): void;
  /** Requests per path (robots.txt included). */
  readonly counts: Map<string, number>;
  /** 304 answers per path. */
  readonly notModified: Map<string, number>;
  readonly userAgents: Set<string>;
  /** The most requests in flight at once (all paths but robots.txt). */
  maxInFlight(): number;
  /** Starts counting the most in flight afresh. */
  resetMax(): void;
  /** Resolves at the next request for `path` (already counted). */
  requested(path: string): Promise<void>;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const files = new Map<string, SiteFile & { etag: string }>();
  const handlers = new Map<string, Handler>();
  const counts = new Map<string, number>();
  const notModified = new Map<string, number>();
  const userAgents = new Set<string>();
  const waiting = new Map<string, (() => void)[]>();
  let inFlight = 0;
  let most = 0;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    userAgents.add(req.headers['user-agent'] ?? '');
    const counted = path !== '/robots.txt';
    if (counted) {
      inFlight++;
      most = Math.max(most, inFlight);
      res.on('close', () => inFlight--);
    }
    res.on('error', () => undefined);
    for (const resolve of waiting.get(path) ?? []) resolve();
    waiting.delete(path);
    const handler = handlers.get(path);
    if (handler) {
      handler(req, res);
      return;
    }
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (req.headers['if-none-match'] === file.etag) {
      notModified.set(path, (notModified.get(path) ?? 0) + 1);
      res.writeHead(304, { etag: file.etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, etag: file.etag }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${String(port)}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    file(path, type, body) {
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      files.set(path, { type, body, etag });
    },
    handle: (path, handler) => handlers.set(path, handler),
    counts,
    notModified,
    userAgents,
    maxInFlight: () => most,
    resetMax: () => {
      most = inFlight;
    },
    requested: (path) =>
      new Promise<void>((resolve) => {
        const list = waiting.get(path) ?? [];
        list.push(resolve);
        waiting.set(path, list);
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `<rss>` with one `<item>` per entry (guid = link). */
export function rss(
  title: string,
  items: readonly { readonly title: string; readonly link: string; readonly date?: string }[],
): string {
  const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>http://127.0.0.1/</link><language>de</language>
${items
  .map(
    (i) =>
      `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><guid>${esc(i.link)}</guid>` +
      `${i.date !== undefined ? `<pubDate>${i.date}</pubDate>` : ''}<description>${esc(i.title)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}
