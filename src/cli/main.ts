import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { briefCommand } from './brief-command.js';
import { cleanCommand } from './clean-command.js';
import { clusterCommand } from './cluster-command.js';
import { ingestCommand } from './ingest-command.js';
import { serveCommand } from './serve-command.js';
import { feedsCommand, watchCommand } from './watch-command.js';
import { registerEval } from './eval-command.js';
import { EXIT, type CliIo, type ExitCode } from './io.js';

/** The package version, from the nearest package.json above this module (works from src/ and dist/src/). */
function version(): string {
  for (let dir = new URL('.', import.meta.url); dir.pathname !== '/'; dir = new URL('..', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'lagebild' && pkg.version !== undefined) return pkg.version;
    } catch {
      // not here: look one folder up
    }
  }
  return 'unknown';
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code:
 * 0 = every input used, 1 = some inputs failed but a result was made, 2 = usage error or nothing usable.
 */
export async function execute(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const done = (c: ExitCode): void => {
    code = c;
  };
  const program = new Command('lagebild')
    .description('Many news reports of one story in, one brief out, every sentence traced to its source.')
    .version(version())
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  for (const sub of [
    briefCommand(io, done),
    cleanCommand(io, done),
    clusterCommand(io, done),
    ingestCommand(io, done),
    serveCommand(io, done),
    watchCommand(io, done),
    feedsCommand(io, done),
  ]) {
    // the command and its own subcommands (`feeds list`, …) report through io and never exit the process
    for (const command of [sub, ...sub.commands])
      command
        .exitOverride()
        .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
    program.addCommand(sub);
  }
  registerEval(program, io, done);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version'].includes(error.code);
      return benign ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(`lagebild: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  return code;
}
