/** The benchmark's progress lines, timed from the start of the run, and the machine's load. */
import { loadavg } from 'node:os';
import { round } from './stats';

/** When this run started (ms since the epoch): the log's clock and the run's duration. */
export const started = Date.now();

/** The 1, 5 and 15 minute load averages. */
export const load3 = (): number[] => loadavg().map((x) => round(x, 2));

export function log(message: string): void {
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}
