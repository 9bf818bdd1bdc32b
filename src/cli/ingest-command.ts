import { Command } from 'commander';
import { EXIT, type CliIo, type ExitCode } from './io.js';

/** `lagebild ingest`: being built in this session (issue 5/6); replaced by the real command. */
export function ingestCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  return new Command('ingest').action(() => {
    io.stderr.write('lagebild: ingest is not available yet\n');
    done(EXIT.usage);
  });
}
