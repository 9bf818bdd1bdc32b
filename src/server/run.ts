/** Running the app: listen, report the URL, stop cleanly when `stop` settles (the CLI passes SIGINT/SIGTERM). */
import type { FastifyInstance } from 'fastify';

export interface ListenSettings {
  readonly host: string;
  /** 0 = any free port. */
  readonly port: number;
}

/** `http://127.0.0.1:8080/`; IPv6 addresses in brackets. */
export function serverUrl(host: string, port: number): string {
  const shown = host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${String(port)}/`;
}

/** The port the app actually listens on (the one the OS chose for port 0). */
export function boundPort(app: FastifyInstance): number {
  const address = app.server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/**
 * Listens, calls `onListening` with the URL, waits for `stop`, then closes the app (in-flight requests finish,
 * new connections are refused).
 */
export async function serveUntil(
  app: FastifyInstance,
  settings: ListenSettings,
  stop: Promise<unknown>,
  onListening: (url: string) => void,
): Promise<void> {
  try {
    await app.listen({ host: settings.host, port: settings.port });
    onListening(serverUrl(settings.host, boundPort(app)));
    await stop;
  } finally {
    await app.close();
  }
}

/** Resolves with the signal's name on the first SIGINT or SIGTERM; `dispose` removes the listeners. */
export function stopSignal(): { readonly promise: Promise<NodeJS.Signals>; readonly dispose: () => void } {
  const signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  let handler: (signal: NodeJS.Signals) => void = () => undefined;
  const promise = new Promise<NodeJS.Signals>((resolve) => {
    handler = resolve;
  });
  for (const s of signals) process.once(s, handler);
  return { promise, dispose: () => signals.forEach((s) => process.removeListener(s, handler)) };
}
