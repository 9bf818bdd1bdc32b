import cliProgress from 'cli-progress';
import type { OutputStream } from './io.js';

/** Fewer inputs than this are read too fast for a progress bar to help. */
const MIN_INPUTS = 25;

/**
 * A progress bar on stderr while many inputs are read, only when stderr is a terminal (pipes and logs get
 * no control characters). Returns the callback for `ingest` and a function that clears the bar.
 */
export function inputProgress(
  stderr: OutputStream,
  label: string,
): { onProgress: (done: number, total: number) => void; stop: () => void } {
  if (stderr.isTTY !== true) return { onProgress: () => undefined, stop: () => undefined };
  let bar: cliProgress.SingleBar | undefined;
  const stream = stderr as unknown as NodeJS.WritableStream;
  return {
    onProgress(done, total) {
      if (total < MIN_INPUTS) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            format: `${label} [{bar}] {value}/{total} inputs`,
            stream,
            clearOnComplete: true,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
