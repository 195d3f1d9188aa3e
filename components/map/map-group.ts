/**
 * Maps that move together: side by side, each mirrors every move of the others (see
 * `AtlasMap.follow`). SplitMaps provides a group; a MembershipMap inside it joins once ready.
 */
import { createContext } from 'react';
import type { AtlasMap } from './atlas-map';

export class MapGroup {
  #members: { map: AtlasMap; lead: boolean }[] = [];

  /**
   * Adds a ready map. The lead (the map that keeps the URL hash) keeps its view and the others
   * jump to it; any other map jumps to the lead, or to the first member. Returns the way to leave.
   */
  join(map: AtlasMap, lead: boolean): () => void {
    const anchor = lead ? undefined : (this.#members.find((m) => m.lead) ?? this.#members[0]);
    if (anchor) map.matchCamera(anchor.map);
    else for (const m of this.#members) m.map.matchCamera(map);
    const stops = this.#members.flatMap((m) => [map.follow(m.map), m.map.follow(map)]);
    const member = { map, lead };
    this.#members.push(member);
    return () => {
      for (const stop of stops) stop();
      this.#members = this.#members.filter((m) => m !== member);
    };
  }
}

export const MapGroupContext = createContext<MapGroup | null>(null);
