/** The outlines, the territory overlays, the event markers and the view of the region. */
import { describe, expect, it } from 'vitest';
import { layer, paint, hex, emptyData } from '@/testing/paint-fixtures';
import { type FeatureState } from '@maplibre/maplibre-gl-style-spec';
import {
  LAYER_HIGHLIGHT,
  LAYER_TERRITORY_FILL,
  LAYER_TERRITORY_LABEL,
  LAYER_TERRITORY_LINE,
  LAYER_TERRITORY_POINT,
  LAYER_EVENTS,
  LAYER_PRESENCE,
  SOURCE_PRESENCE,
  SOURCE_TERRITORIES,
} from './map-vocabulary';
import { atlasStyle } from './map-style';

describe('the outline of the selected, highlighted and hovered state', () => {
  const width = (state: FeatureState): unknown =>
    paint(layer(LAYER_HIGHLIGHT), 'line-width', state);

  it('is 3 px when selected, 2.5 px when highlighted, 2 px on hover and absent otherwise', () => {
    expect(width({ selected: true })).toBe(3);
    expect(width({ highlight: true })).toBe(2.5);
    expect(width({ hover: true })).toBe(2);
    expect(width({})).toBe(0);
    expect(width({ selected: false, highlight: false, hover: false })).toBe(0);
  });

  it('keeps the selected width while the selected state is also hovered or highlighted', () => {
    expect(width({ selected: true, hover: true, highlight: true })).toBe(3);
    expect(width({ highlight: true, hover: true })).toBe(2.5);
  });

  it('is drawn in near-black', () => {
    expect(hex(paint(layer(LAYER_HIGHLIGHT), 'line-color', {}))).toBe('#111111');
  });
});

describe('the territory overlays (Crimea’s polygon, the ringed points) and event markers', () => {
  const polygon = { type: 'Polygon' as const, properties: { id: 'crimea' } };
  const point = {
    type: 'Point' as const,
    properties: { id: 'transnistria', name: 'Transnistria' },
  };

  it('draws the Crimea hatch only while the polygon’s feature state is active', () => {
    const fill = layer(LAYER_TERRITORY_FILL);
    expect(fill.type === 'fill' && fill.source).toBe(SOURCE_TERRITORIES);
    expect('filter' in fill ? fill.filter : undefined).toBeUndefined();
    expect((paint(fill, 'fill-pattern', {}, polygon) as { name: string }).name).toBe(
      'hatch-territory',
    );
    expect(paint(fill, 'fill-opacity', { active: true }, polygon)).toBe(1);
    expect(paint(fill, 'fill-opacity', { active: false }, polygon)).toBe(0);
    expect(paint(fill, 'fill-opacity', {}, polygon)).toBe(0);
  });

  it('outlines the Crimea polygon only while it is active', () => {
    const line = layer(LAYER_TERRITORY_LINE);
    expect(paint(line, 'line-opacity', { active: true }, polygon)).toBe(0.9);
    expect(paint(line, 'line-opacity', {}, polygon)).toBe(0);
  });

  it('keys the territory polygons by their `id` property, so the map can set their state by record id', () => {
    const style = atlasStyle('http://localhost:3000', emptyData());
    expect(style.sources[SOURCE_TERRITORIES]).toMatchObject({ type: 'geojson', promoteId: 'id' });
  });

  it('rings and names a territory point only while it is active', () => {
    const ring = layer(LAYER_TERRITORY_POINT);
    const label = layer(LAYER_TERRITORY_LABEL);
    expect(paint(ring, 'circle-opacity', { active: true }, point)).toBe(0.35);
    expect(paint(ring, 'circle-stroke-opacity', { active: true }, point)).toBe(1);
    expect(paint(label, 'text-opacity', { active: true }, point)).toBe(1);
    expect(paint(ring, 'circle-opacity', {}, point)).toBe(0);
    expect(paint(ring, 'circle-stroke-opacity', {}, point)).toBe(0);
    expect(paint(label, 'text-opacity', {}, point)).toBe(0);
  });

  it('shows an event marker only while it is active', () => {
    const markers = layer(LAYER_EVENTS);
    expect(paint(markers, 'circle-opacity', { active: true }, point)).toBe(1);
    expect(paint(markers, 'circle-opacity', {}, point)).toBe(0);
  });

  it('shows a Russian presence point only while it is active, in its own dark red', () => {
    const markers = layer(LAYER_PRESENCE);
    expect(paint(markers, 'circle-opacity', { active: true }, point)).toBe(1);
    expect(paint(markers, 'circle-opacity', {}, point)).toBe(0);
    expect(hex(paint(markers, 'circle-color', { active: true }, point))).toBe('#8E0E2B');
    const style = atlasStyle('http://localhost:3000', emptyData());
    expect(style.sources[SOURCE_PRESENCE]).toMatchObject({ type: 'geojson', promoteId: 'id' });
  });
});
