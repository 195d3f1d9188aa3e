/**
 * In-page instrumentation for bench/run.ts and bench/profile.ts. These functions run in the
 * browser (passed to `page.evaluate` or `addInitScript`), so each must be self-contained.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface LoadRecord {
  /** ms since navigation start at the first `idle` with everything loaded. */
  idleAt?: number;
  /** Set by the floor page, which records its own idle. */
  floor?: boolean;
}

export interface StepLog {
  sfs: number[];
  render: number[];
  idle: number[];
  content: number;
  setData: number;
}

export interface StepResult {
  kind: 'draw' | 'nodraw' | 'timeout';
  /** To the `idle` after the first frame drawn after the last setFeatureState (draw), or to the
   *  React commit of the new year (nodraw). */
  ms: number;
  renderMs: number | null;
  sfs: number;
  /** When React committed the new year to the DOM (the year output changed), ms after the event. */
  commitMs: number | null;
  /** When the app made its first setFeatureState call for this change, ms after the event. */
  firstSfsMs: number | null;
}

declare global {
  interface Window {
    __benchLoad?: LoadRecord;
    __benchLog?: StepLog;
  }
}

/**
 * Runs before any page script: records the first `idle` of the atlas map after its `load` handler
 * registered it (the app applies its feature state in that handler, so this idle is the first
 * complete map with its colours). The floor records its own first idle (see floor-assets.ts).
 */
export function loadHook(): void {
  const rec: LoadRecord = {};
  window.__benchLoad = rec;
  const maps: Record<string, MapLibreMap> = {};
  window.__atlasMaps = new Proxy(maps, {
    set(target, key, value: MapLibreMap) {
      target[key as string] = value;
      if (key === 'map-main' && !rec.floor && rec.idleAt === undefined) {
        const onIdle = (): void => {
          if (value.loaded() && value.areTilesLoaded()) rec.idleAt = performance.now();
          else value.once('idle', onIdle);
        };
        value.once('idle', onIdle);
      }
      return true;
    },
  });
}

/** Counts setFeatureState calls, frames, idles and any re-upload of source data. */
export function installStepLog(): void {
  const map = window.__atlasMaps!['map-main']!;
  const log: StepLog = { sfs: [], render: [], idle: [], content: 0, setData: 0 };
  const setFeatureState = map.setFeatureState.bind(map);
  map.setFeatureState = (...args: Parameters<MapLibreMap['setFeatureState']>) => {
    log.sfs.push(performance.now());
    return setFeatureState(...args);
  };
  map.on('render', () => log.render.push(performance.now()));
  map.on('idle', () => log.idle.push(performance.now()));
  map.on('sourcedata', (e) => {
    if ((e as { sourceDataType?: string }).sourceDataType === 'content') log.content++;
  });
  for (const id of ['countries', 'territories', 'territory-points', 'labels', 'events']) {
    const source = map.getSource(id) as { setData?: (...a: unknown[]) => unknown } | undefined;
    if (!source?.setData) continue;
    const setData = source.setData.bind(source);
    source.setData = (...a: unknown[]) => {
      log.setData++;
      return setData(...a);
    };
  }
  window.__benchLog = log;
}

/**
 * One slider step as React sees it: the range input's value set through the native setter and an
 * `input` event dispatched (what a drag or a key press produces). The end is the map's `idle` that
 * follows the first `render` after the app's last `setFeatureState` call for this change: MapLibre
 * fires `render` after drawing a frame and `idle` when that frame left nothing pending, so the new
 * colours are in the drawn frame. (Polling getFeatureState would only show that state was set, not
 * drawn.) A step that sets no feature state has nothing to redraw; it is timed to the React commit.
 */
export async function yearStep(year: number): Promise<StepResult> {
  // Start from a quiet frame: two animation frames, so that the GPU (SwiftShader, in the GPU
  // process) has finished the previous frame and its back-pressure does not land on this step.
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  const log = window.__benchLog!;
  log.sfs.length = 0;
  log.render.length = 0;
  log.idle.length = 0;
  const input = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Year"]')!;
  const out = document.querySelector('.year-value')!;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  let committedAt: number | null = null;
  const observer = new MutationObserver(() => {
    if (committedAt === null && out.textContent === String(year)) committedAt = performance.now();
  });
  observer.observe(out, { childList: true, characterData: true, subtree: true });
  const t0 = performance.now();
  setter.call(input, String(year));
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise<StepResult>((resolve) => {
    let frames = 0;
    const done = (r: Omit<StepResult, 'commitMs' | 'firstSfsMs'>): void => {
      observer.disconnect();
      const first = log.sfs[0];
      resolve({
        ...r,
        commitMs: committedAt === null ? null : committedAt - t0,
        firstSfsMs: first === undefined ? null : first - t0,
      });
    };
    const tick = (): void => {
      const now = performance.now();
      if (committedAt !== null) frames++;
      // Three frames after the commit, React's effects (which set the feature state) have run.
      if (committedAt !== null && frames >= 3) {
        const last = log.sfs.at(-1);
        if (last === undefined)
          return done({ kind: 'nodraw', ms: committedAt - t0, renderMs: null, sfs: 0 });
        const idle = log.idle.find((t) => t > last);
        const render = log.render.find((t) => t > last);
        if (idle !== undefined && render !== undefined)
          return done({ kind: 'draw', ms: idle - t0, renderMs: render - t0, sfs: log.sfs.length });
      }
      if (now - t0 > 10_000)
        return done({ kind: 'timeout', ms: now - t0, renderMs: null, sfs: log.sfs.length });
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The floor for a step: `triggerRepaint()` of the unchanged map to the same render→idle end. */
export async function repaintStep(): Promise<StepResult> {
  // The same quiet start as yearStep.
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  const map = window.__atlasMaps!['map-main']!;
  const t0 = performance.now();
  return new Promise<StepResult>((resolve) => {
    let renderAt: number | null = null;
    map.once('render', () => (renderAt = performance.now()));
    map.once('idle', () => {
      const t = performance.now();
      resolve({
        kind: 'draw',
        ms: t - t0,
        renderMs: (renderAt ?? t) - t0,
        sfs: 0,
        commitMs: null,
        firstSfsMs: null,
      });
    });
    map.triggerRepaint();
  });
}

export interface PlayRecord {
  shown: [number, number][];
  render: number[];
  sfs: number[];
}

export function installPlayLog(): void {
  const map = window.__atlasMaps!['map-main']!;
  const rec: PlayRecord = { shown: [], render: [], sfs: [] };
  (window as unknown as { __benchPlay: PlayRecord }).__benchPlay = rec;
  const setFeatureState = map.setFeatureState.bind(map);
  map.setFeatureState = (...args: Parameters<MapLibreMap['setFeatureState']>) => {
    rec.sfs.push(performance.now());
    return setFeatureState(...args);
  };
  map.on('render', () => rec.render.push(performance.now()));
  const out = document.querySelector('.year-value')!;
  let last = out.textContent;
  new MutationObserver(() => {
    if (out.textContent !== last) {
      last = out.textContent;
      rec.shown.push([Number(last), performance.now()]);
    }
  }).observe(out, { childList: true, characterData: true, subtree: true });
}

export function webglRenderer(): string {
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return 'no WebGL';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(
    info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
  );
}
