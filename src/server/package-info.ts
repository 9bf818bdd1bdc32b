/** Where the package is installed (works from `src/` and from `dist/src/`) and its version. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  readonly root: string;
  readonly version: string;
}

export function packageInfo(from: string = import.meta.url): PackageInfo | undefined {
  for (let dir = new URL('.', from); dir.pathname !== '/'; dir = new URL('..', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'lagebild') return { root: fileURLToPath(dir), version: pkg.version ?? 'unknown' };
    } catch {
      // not here: look one folder up
    }
  }
  return undefined;
}
