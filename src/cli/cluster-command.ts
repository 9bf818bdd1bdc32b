import { Command } from 'commander';
import { EXIT, type CliIo, type ExitCode } from './io.js';

/** `lagebild cluster`: being built in this session (issue 5/6); replaced by the real command. */
export function clusterCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  return new Command('cluster').action(() => {
    io.stderr.write('lagebild: cluster is not available yet\n');
    done(EXIT.usage);
  });
}
