import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataFileError, formatPath, parseDataFile } from './load';

describe('formatPath', () => {
  it('writes indexes in brackets and keys after dots, as a person looks for them in the file', () => {
    expect(formatPath([3, 'source', 'url'])).toBe('[3].source.url');
    expect(formatPath(['milestones', 0, 'date'])).toBe('milestones[0].date');
  });
  it('has no leading dot before a first key', () => {
    expect(formatPath(['from'])).toBe('from');
    expect(formatPath(['a', 'b'])).toBe('a.b');
  });
  it('is empty for the root', () => {
    expect(formatPath([])).toBe('');
  });
});

describe('DataFileError', () => {
  it('names the file and lists every field with its message, the root as "(root)"', () => {
    const error = new DataFileError('data/records/events.json', [
      { path: '[0].date', message: 'a real calendar day' },
      { path: '', message: 'not valid JSON' },
    ]);
    expect(error.message).toBe(
      'Data file data/records/events.json is invalid:\n' +
        '  - [0].date: a real calendar day\n' +
        '  - (root): not valid JSON',
    );
    expect(error.name).toBe('DataFileError');
    expect(error.file).toBe('data/records/events.json');
    expect(error).toBeInstanceOf(Error);
  });
});

describe('parseDataFile', () => {
  const schema = z.array(z.object({ year: z.number() }).strict());

  it('returns the parsed value of a valid file', () => {
    expect(parseDataFile('years.json', schema, [{ year: 1991 }])).toEqual([{ year: 1991 }]);
  });
  it('throws a DataFileError with the path of each field that is wrong', () => {
    let caught: unknown;
    try {
      parseDataFile('years.json', schema, [{ year: 1991 }, { year: 'x' }]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataFileError);
    const { file, issues } = caught as DataFileError;
    expect(file).toBe('years.json');
    expect(issues.map((i) => i.path)).toEqual(['[1].year']);
  });
});
