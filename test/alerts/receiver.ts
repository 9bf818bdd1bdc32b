/** A real webhook receiver for the alert tests: node:http on 127.0.0.1, port 0, answering with statuses it is given. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

export interface Receiver {
  readonly url: string;
  /** Every POST received, in order (failed ones included). */
  readonly calls: Received[];
  /** The POSTs answered with a 2xx. */
  delivered(): Received[];
  close(): Promise<void>;
}

/** Answers the k-th POST with `statuses[k]`, then with 204. */
export async function startReceiver(statuses: readonly number[] = []): Promise<Receiver> {
  const calls: Received[] = [];
  const answered: number[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const status = statuses[calls.length] ?? 204;
      calls.push({
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
      });
      answered.push(status);
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? '' : 'receiver down');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/hook`,
    calls,
    delivered: () => calls.filter((_, i) => (answered[i] ?? 500) < 300),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
