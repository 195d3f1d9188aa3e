/**
 * What the JS heap gains between one year sweep and seven: heap snapshots after a forced GC,
 * aggregated by node type and name, largest growth first. Against a running app:
 * `npx tsx bench/heap-diff.ts http://localhost:3000`.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';

const base = process.argv[2] ?? 'http://localhost:3000';
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
  await sweep();
  const a = await snap();
  for (let k = 0; k < 6; k++) await sweep();
  const b = await snap();
  const diff = [...b]
    .map(([k, [c, sz]]) => [k, c - (a.get(k)?.[0] ?? 0), sz - (a.get(k)?.[1] ?? 0)] as const)
    .sort((x, y) => y[2] - x[2])
    .slice(0, 25);
  for (const [k, c, sz] of diff) console.log(String(sz).padStart(9), String(c).padStart(7), k);
  await browser.close();
}
void main();
