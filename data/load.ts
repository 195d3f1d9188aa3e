/**
 * Parses the data files with their schemas. Every consumer (the build, the tests, the app)
 * goes through here, so a broken file fails the same way everywhere: with the file's name and
 * the path of the field that is wrong.
 */
import type { z } from 'zod';

/** A data file that does not match its schema. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(
      `Data file ${file} is invalid:\n` +
        issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`).join('\n'),
    );
    this.name = 'DataFileError';
  }
}

/** Formats a zod issue path as `[3].source.url`, as a person would look for it in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** Parses `value` (the content of `file`) with `schema`, or throws a {@link DataFileError}. */
export function parseDataFile<S extends z.ZodType>(
  file: string,
  schema: S,
  value: unknown,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new DataFileError(
    file,
    result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  );
}
