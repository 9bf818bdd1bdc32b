/**
 * CPU seconds of this process's ended child processes (the commands' reader processes, src/ingest/read-pool.ts),
 * which `process.resourceUsage()` and `process.cpuUsage()` do not count: `cutime` + `cstime` of /proc/self/stat
 * (Linux; clock ticks of 1/100 s, this machine's `getconf CLK_TCK`). A child counts once it has ended and been
 * waited for — the pool ends its readers when a command finishes. 0 where there is no /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The same reading as CommonJS source, for the `--require` preload of bench/startup.ts: the two functions below as
 * compiled, after the binding they read.
 */
export const CHILDREN_CPU_SOURCE = `const { readFileSync } = require('node:fs');
${String(statSeconds)}
${String(childrenCpuSeconds)}`;

export function childrenCpuSeconds(): number {
  try {
    // the fields after the command name in parentheses: utime, stime, cutime, cstime are the 14th–17th of the line
    return statSeconds(readFileSync('/proc/self/stat', 'utf8'), false);
  } catch {
    return 0;
  }
}

/** CPU seconds of one /proc stat line's own time (utime + stime) and its ended children's (cutime + cstime). */
function statSeconds(stat: string, own: boolean): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [u, s] = own ? [fields[11], fields[12]] : [fields[13], fields[14]];
  return (Number(u) + Number(s)) / 100;
}

/**
 * CPU seconds of this process's child processes, running or ended: the ended ones (`childrenCpuSeconds`) plus each
 * running child's own time (/proc/<pid>/stat of the processes whose parent is this one). For a reader kept open
 * across passes (bench/read-cost.ts). 0 where there is no /proc.
 */
export function descendantsCpuSeconds(): number {
  let total = childrenCpuSeconds();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/u.test(e));
  } catch {
    return total;
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
      if (ppid === String(process.pid)) total += statSeconds(stat, true);
    } catch {
      // the process ended meanwhile: its time is in cutime once waited for
    }
  }
  return total;
}
