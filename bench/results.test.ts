import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsSchema } from './results-schema';

const file = join(__dirname, 'results.json');

describe('bench/results.json', () => {
  it.runIf(existsSync(file))('has the shape bench/run.ts writes', () => {
    const parsed = resultsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it.runIf(existsSync(file))('judges every target from its own value', () => {
    const results = resultsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(results.targets.length).toBeGreaterThanOrEqual(8);
    for (const t of results.targets) {
      const pass =
        t.value !== null &&
        (t.comparison === '<='
          ? t.value <= t.target
          : t.comparison === '>='
            ? t.value >= t.target
            : t.value === t.target);
      expect(t.pass, t.id).toBe(pass);
    }
  });
});
