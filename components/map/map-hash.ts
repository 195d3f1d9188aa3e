/**
 * The map view in the URL hash (`#zoom/lat/lng`, as MapLibre writes it), made sane before the map
 * reads it: a zoom, latitude or longitude out of range is clamped and a rotation or tilt (which the
 * atlas never uses) is dropped, with a sentence saying so. Pure; tested beside itself.
 */

/** The range the atlas's region needs: longitudes run past 180° for Chukotka. */
const LIMITS = { zoom: [0, 12], lat: [-85, 85], lng: [-180, 360] } as const;

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
  const changed = fixed[0] !== zoom || fixed[1] !== lat || fixed[2] !== lng;
  const rotated = parts.length > 3 && numbers.slice(3).some((n) => n !== 0);
  if (!changed && !rotated) return { hash: parts.length > 3 ? hash : `#${text}`, notice: null };
  return {
    hash,
    notice: `The map view in the link was ${changed ? 'out of range' : 'rotated or tilted'}; showing the nearest view the atlas draws (${hash.slice(1)}).`,
  };
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
