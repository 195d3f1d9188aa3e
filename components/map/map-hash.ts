/**
 * The map view in the URL hash (`#zoom/lat/lng`, as MapLibre writes it), made sane before the map
 * reads it: a zoom, latitude or longitude out of range is clamped and a rotation or tilt (which the
 * atlas never uses) is dropped, and a view that shows none of the fifteen opens on the whole
 * region, with a sentence saying so. Pure but for the two functions that
 * read and write the window's hash; tested beside itself.
 */

/** The range the atlas's region needs: longitudes run past 180° for Chukotka. */
const LIMITS = { zoom: [0, 12], lat: [-85, 85], lng: [-180, 360] } as const;

/**
 * Where a view's centre must be for the map to show any of the fifteen (a generous box around
 * them, Chukotka included): a centre outside it, such as the `0/0/0` of null island that side by
 * side once wrote, shows open ocean, and the link opens on the whole region instead.
 */
const NEAR_REGION = { lat: [15, 85], lng: [-20, 200] } as const;

function nearRegion(lat: number, lng: number): boolean {
  const east = lng < NEAR_REGION.lng[0] ? lng + 360 : lng > NEAR_REGION.lng[1] ? lng - 360 : lng;
  return (
    lat >= NEAR_REGION.lat[0] &&
    lat <= NEAR_REGION.lat[1] &&
    east >= NEAR_REGION.lng[0] &&
    east <= NEAR_REGION.lng[1]
  );
}

export interface SaneHash {
  /** The hash to use (`#z/lat/lng`), or `''` to open on the whole region. */
  hash: string;
  /** What was changed, for the reader; `null` when the hash was fine or absent. */
  notice: string | null;
}

const clamp = (v: number, [lo, hi]: readonly [number, number]): number =>
  Math.min(hi, Math.max(lo, v));
const round = (v: number, digits: number): string => String(Number(v.toFixed(digits)));

export function saneHash(raw: string): SaneHash {
  const text = raw.replace(/^#/, '');
  if (text === '') return { hash: '', notice: null };
  const parts = text.split('/');
  const numbers = parts.map(Number);
  if (parts.length < 3 || numbers.some((n) => !Number.isFinite(n)))
    return {
      hash: '',
      notice: 'The map view in the link is not zoom/latitude/longitude; showing the whole region.',
    };
  const [zoom, lat, lng] = numbers as [number, number, number];
  const fixed = [clamp(zoom, LIMITS.zoom), clamp(lat, LIMITS.lat), clamp(lng, LIMITS.lng)] as const;
  const hash = `#${round(fixed[0], 2)}/${round(fixed[1], 4)}/${round(fixed[2], 4)}`;
  if (!nearRegion(fixed[1], fixed[2]))
    return {
      hash: '',
      notice: `The map view in the link (${text}) shows none of the post-Soviet states; showing the whole region.`,
    };
  const changed = fixed[0] !== zoom || fixed[1] !== lat || fixed[2] !== lng;
  const rotated = parts.length > 3 && numbers.slice(3).some((n) => n !== 0);
  if (!changed && !rotated) return { hash: parts.length > 3 ? hash : `#${text}`, notice: null };
  return {
    hash,
    notice: `The map view in the link was ${changed ? 'out of range' : 'rotated or tilted'}; showing the nearest view the atlas draws (${hash.slice(1)}).`,
  };
}

/** The view a sane hash names (`#z/lat/lng`), or `null` for none. */
export function hashView(hash: string): { zoom: number; center: [number, number] } | null {
  const [zoom, lat, lng] = hash.replace(/^#/, '').split('/').map(Number);
  if (zoom === undefined || lat === undefined || lng === undefined) return null;
  return [zoom, lat, lng].every(Number.isFinite) ? { zoom, center: [lng, lat] } : null;
}

/**
 * The hash of a view, rounded as MapLibre's own hash: hundredths of a zoom, and degrees to the
 * half pixel (a 512-pixel world at zoom 0).
 */
export function viewHash(zoom: number, lat: number, lng: number): string {
  const digits = Math.max(0, Math.ceil(Math.log10((2 ** zoom * 512) / 360 / 0.5)));
  return `#${round(zoom, 2)}/${round(lat, digits)}/${round(lng, digits)}`;
}

/** Writes the map's view into the page's hash, keeping the history entry and its state. */
export function writeWindowHash(hash: string): void {
  const { pathname, search } = window.location;
  if (window.location.hash !== hash)
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
}

/**
 * Makes the page's hash sane before a map reads it (#4/45/1e20 becomes #4/45/360), replacing the
 * history entry, and returns the notice for the reader, if any.
 */
export function cleanWindowHash(): string | null {
  const { hash, notice } = saneHash(window.location.hash);
  if (hash !== window.location.hash) {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  }
  return notice;
}
