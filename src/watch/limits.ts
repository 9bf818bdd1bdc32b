/**
 * Politeness limits: at most `perHost` requests to one host at a time, their starts at least `delayMs` apart, and at
 * most `total` requests in flight over all hosts. Waiting is on the injected clock.
 */
import type { Clock } from './clock.js';

/** At most `size` holders at a time; the others wait in order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      // the slot passes straight to the next waiter (no one can jump the queue)
      if (next) next();
      else this.active--;
    }
  }
}

interface HostSlot {
  readonly gate: Semaphore;
  /** The earliest time (ms) the next request to the host may start. */
  nextAt: number;
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostSlot>();
  private readonly all: Semaphore;

  constructor(
    private readonly perHost: number,
    private readonly delayMs: number,
    total: number,
    private readonly clock: Clock,
  ) {
    this.all = new Semaphore(total);
  }

  /**
   * Runs `fn` (one request to `host`, body included) in the host's turn: after the others of the host before it,
   * and not before `delayMs` after the previous one started. Throws `signal`'s reason when stopped while waiting.
   */
  run<T>(host: string, signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
    let slot = this.hosts.get(host);
    if (!slot) {
      slot = { gate: new Semaphore(this.perHost), nextAt: 0 };
      this.hosts.set(host, slot);
    }
    const own = slot;
    return own.gate.run(() =>
      this.all.run(async () => {
        const now = this.clock.now();
        const at = Math.max(now, own.nextAt);
        own.nextAt = at + this.delayMs;
        if (at > now) await this.clock.sleep(at - now, signal);
        signal?.throwIfAborted();
        return fn();
      }),
    );
  }
}
