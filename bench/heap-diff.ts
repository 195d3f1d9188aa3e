/**
 * What the JS heap gains between two year sweeps (by default after one and after seven): heap
 * snapshots after a forced GC, aggregated by node type and name, largest growth first. Against a
 * running test build (NEXT_PUBLIC_TEST_HOOKS=1):
 * `npx tsx bench/heap-diff.ts http://localhost:3000 [from] [to]`, e.g. `… 5 10` for the growth
 * after the warm-up that bench/run.ts fits its slope to.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';

const base = process.argv[2] ?? 'http://localhost:3000';
const from = Number(process.argv[3] ?? 1);
const to = Number(process.argv[4] ?? 7);
type Snap = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
};
async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(`${base}/?year=1991`);
  await page.waitForFunction(
    () => {
      const m = window.__atlasMaps?.['map-main'];
      return m && m.loaded() && !m.isMoving();
    },
    undefined,
    { timeout: 60000 },
  );
  const cdp = await page.context().newCDPSession(page);
  const slider = page.getByRole('slider', { name: /year/i });
  await slider.focus();
  const sweep = async () => {
    for (let i = 0; i < 35; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(15);
    }
    for (let i = 0; i < 35; i++) {
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(15);
    }
    await page.waitForTimeout(300);
  };
  const snap = async (): Promise<Map<string, [number, number]>> => {
    await cdp.send('HeapProfiler.collectGarbage');
    let chunks = '';
    const on = (e: { chunk: string }) => {
      chunks += e.chunk;
    };
    cdp.on('HeapProfiler.addHeapSnapshotChunk', on);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', on);
    const s = JSON.parse(chunks) as Snap;
    const f = s.snapshot.meta.node_fields;
    const n = f.length;
    const ti = f.indexOf('type'),
      ni = f.indexOf('name'),
      si = f.indexOf('self_size');
    const types = s.snapshot.meta.node_types[0];
    const agg = new Map<string, [number, number]>();
    for (let i = 0; i < s.nodes.length; i += n) {
      const key = `${types[s.nodes[i + ti]!]}:${(s.strings[s.nodes[i + ni]!] ?? '').slice(0, 60)}`;
      const a = agg.get(key) ?? [0, 0];
      a[0]++;
      a[1] += s.nodes[i + si]!;
      agg.set(key, a);
    }
    return agg;
  };
  for (let k = 0; k < from; k++) await sweep();
  const a = await snap();
  for (let k = from; k < to; k++) await sweep();
  const b = await snap();
  const total = (m: Map<string, [number, number]>): number =>
    [...m.values()].reduce((x, [, sz]) => x + sz, 0);
  console.log(
    `after sweep ${from}: ${(total(a) / 1e6).toFixed(2)} MB; after sweep ${to}: ${(total(b) / 1e6).toFixed(2)} MB`,
  );
  const diff = [...b]
    .map(([k, [c, sz]]) => [k, c - (a.get(k)?.[0] ?? 0), sz - (a.get(k)?.[1] ?? 0)] as const)
    .sort((x, y) => y[2] - x[2])
    .slice(0, 25);
  for (const [k, c, sz] of diff) console.log(String(sz).padStart(9), String(c).padStart(7), k);
  await browser.close();
}
void main();
