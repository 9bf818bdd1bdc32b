/**
 * One `lagebild ingest <file> --db <db> --create` in this process (the bench runs it as a child), then one JSON
 * line on stdout: the exit code, CPU seconds (user + system) and peak resident memory, as the process measured them.
 */
import { execute } from '../src/cli/main.js';

const [file, db] = process.argv.slice(2);
if (file === undefined || db === undefined) throw new Error('usage: ingest-child <file.jsonl> <db>');
const code = await execute(['ingest', file, '--db', db, '--create'], {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => Promise.resolve(new Uint8Array()),
  stdinIsTTY: true,
});
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({
    code,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    maxRssMb: usage.maxRSS / 1024,
  })}\n`,
);
