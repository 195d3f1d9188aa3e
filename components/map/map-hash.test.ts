import { describe, expect, it } from 'vitest';
import { saneHash, viewHash } from './map-hash';

describe('saneHash', () => {
  it('keeps a sane view as it is', () => {
    expect(saneHash('#4/45/60')).toEqual({ hash: '#4/45/60', notice: null });
    expect(saneHash('#1.99/62.35/105')).toEqual({ hash: '#1.99/62.35/105', notice: null });
    expect(saneHash('')).toEqual({ hash: '', notice: null });
  });
  it('clamps a longitude of 1e20 and says so', () => {
    const { hash, notice } = saneHash('#4/45/1e20');
    expect(hash).toBe('#4/45/360');
    expect(notice).toContain('out of range');
  });
  it('clamps a zoom and a latitude beyond the poles', () => {
    expect(saneHash('#40/95/60').hash).toBe('#12/85/60');
  });
  it('drops a rotation and a tilt, which the atlas never uses', () => {
    const { hash, notice } = saneHash('#4/45/45/90/60');
    expect(hash).toBe('#4/45/45');
    expect(notice).toContain('rotated or tilted');
  });
  it('keeps a zero rotation without a notice', () => {
    expect(saneHash('#4/45/45/0/0')).toEqual({ hash: '#4/45/45', notice: null });
  });
  it('opens on the whole region when the hash is not numbers', () => {
    expect(saneHash('#a/b/c').hash).toBe('');
    expect(saneHash('#4/45').notice).toContain('not zoom/latitude/longitude');
    expect(saneHash('#4/NaN/3').hash).toBe('');
  });
});

describe('a view that shows none of the fifteen', () => {
  it('opens on the whole region, with a notice, for the 0/0/0 side by side once wrote', () => {
    const { hash, notice } = saneHash('#0/0/0');
    expect(hash).toBe('');
    expect(notice).toContain('shows none of the post-Soviet states');
  });
  it('keeps a view over Chukotka past 180° and one over Kamchatka written west of it', () => {
    expect(saneHash('#4/65/185').hash).toBe('#4/65/185');
    expect(saneHash('#4/56/-175').hash).toBe('#4/56/-175');
  });
});

describe('viewHash', () => {
  it('writes a view as MapLibre wrote it', () => {
    expect(viewHash(3.2683513, 50.3752157, 54)).toBe('#3.27/50.38/54');
    expect(viewHash(6, 41.91234, 44.61234)).toBe('#6/41.912/44.612');
  });
});
