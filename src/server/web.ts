/**
 * The built web page (`dist/web`: `index.html` and `assets/`), read once into memory and served from there: only
 * the files that exist at start-up can be requested, so no request path ever reaches the file system.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

export interface WebFile {
  readonly type: string;
  readonly body: Buffer;
  readonly cache: string;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Hashed Vite asset names never change content: cache them for a year; everything else is revalidated. */
function cacheControl(path: string): string {
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** URL path → file, for every file under `root` with a known type; empty when `root` holds no `index.html`. */
export function loadWebFiles(root: string | null): ReadonlyMap<string, WebFile> {
  const files = new Map<string, WebFile>();
  if (root === null) return files;
  let paths: string[];
  try {
    paths = walk(root);
  } catch {
    return files;
  }
  for (const path of paths) {
    const type = TYPES[extname(path).toLowerCase()];
    if (type === undefined) continue;
    const url = `/${relative(root, path).split(sep).join('/')}`;
    files.set(url, { type, body: readFileSync(path), cache: cacheControl(url) });
  }
  const index = files.get('/index.html');
  if (index === undefined) return new Map();
  files.set('/', index);
  return files;
}
