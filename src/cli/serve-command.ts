import { Command } from 'commander';
import { EXIT, type CliIo, type ExitCode } from './io.js';

/** `lagebild serve`: being built in this session (issue 5/6); replaced by the real command. */
export function serveCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  return new Command('serve').action(() => {
    io.stderr.write('lagebild: serve is not available yet\n');
    done(EXIT.usage);
  });
}
