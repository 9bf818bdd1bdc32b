import cliProgress from 'cli-progress';
import type { OutputStream } from './io.js';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A bar (cli-progress) when the stream is a terminal; otherwise a plain line at every 10 %. */
export function progress(stream: OutputStream, label: string): Progress {
  if (stream.isTTY === true) {
    const bar = new cliProgress.SingleBar(
      {
        stream: stream as unknown as NodeJS.WritableStream,
        format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta}s`,
        clearOnComplete: true,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastDecile = -1;
  return {
    update(done, total) {
      const decile = total === 0 ? 10 : Math.floor((10 * done) / total);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${label}: ${decile * 10}% (${done}/${total})\n`);
      }
    },
    stop() {},
  };
}

/** Progress of a run of several tasks (`eval all`): a new display whenever the label changes or a task starts over. */
export function taskProgress(stream: OutputStream): {
  onProgress: (label: string, done: number, total: number) => void;
  stop: () => void;
} {
  let current: { label: string; done: number; bar: Progress } | undefined;
  return {
    onProgress(label, done, total) {
      if (current === undefined || current.label !== label || done < current.done) {
        current?.bar.stop();
        current = { label, done, bar: progress(stream, label) };
      }
      current.done = done;
      current.bar.update(done, total);
    },
    stop() {
      current?.bar.stop();
      current = undefined;
    },
  };
}
