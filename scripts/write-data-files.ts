/**
 * Writes the downloadable data files (`data/export.ts`) to `public/data/`, from which `next
 * start` serves them and the static export copies them to `out/data/`. Called by
 * `scripts/prepare-assets.ts` after the records passed their checks. Generated, not committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFiles } from '../data/export';
import type { AtlasRecords } from '../data/records';
import { todayUtc } from '../data/day';

/** Writes every data file under `<root>/public` and returns their addresses. */
export function writeDataFiles(root: string, records: AtlasRecords): string[] {
  const files = dataFiles(records, todayUtc());
  mkdirSync(join(root, 'public', 'data'), { recursive: true });
  for (const f of files) writeFileSync(join(root, 'public', ...f.path.split('/')), f.body);
  return files.map((f) => f.path);
}
