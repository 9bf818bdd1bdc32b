import { basename, dirname, resolve } from 'node:path';

/** `multinews/clusters.jsonl`, `cluster-mmds2025/mds_ac_dev_final.json`: folder and file name. */
export function datasetNameOf(path: string): string {
  const full = resolve(path);
  return `${basename(dirname(full))}/${basename(full)}`;
}
