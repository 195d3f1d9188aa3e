import { describe, expect, it } from 'vitest';
import { saneHash } from './map-hash';

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
    expect(saneHash('#40/-95/10').hash).toBe('#12/-85/10');
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
