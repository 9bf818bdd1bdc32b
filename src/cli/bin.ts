#!/usr/bin/env node
import { buffer } from 'node:stream/consumers';
import { execute } from './main.js';

const code = await execute(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: async () => new Uint8Array(await buffer(process.stdin)),
  stdinChunks: () => process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
});
process.exitCode = code;
