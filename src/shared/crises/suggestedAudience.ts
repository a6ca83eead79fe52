import type { Beat } from '../contacts/vocabulary';
import type { CrisisType } from './vocabulary';

/** The beats whose journalists a crisis of each type concerns first. */
export const crisisBeats: Record<CrisisType, readonly Beat[]> = {
  natural_disaster: ['disaster', 'environment'],
  public_health: ['health'],
  security: ['security', 'law'],
  cyber_data_leak: ['technology'],
  service_outage: ['infrastructure', 'government'],
  socio_political: ['politics', 'social'],
  other: ['general'],
};

interface ListLike {
  id: string;
  kind: string;
  filter: { beats?: readonly string[]; regions?: readonly string[] } | null;
}

/** Same place, at any level: a province and its regencies match each other. */
const sameArea = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/**
 * The audience a new crisis suggests: the segments whose saved filter covers the crisis's beats
 * and its region, the best match only (beat and region before beat alone). Empty when nothing
 * matches: the desk then picks a list itself. Pure, so the form and the core suggest the same.
 */
export function suggestedAudience(type: CrisisType, regions: readonly string[], lists: readonly ListLike[]): string[] {
  const wanted = crisisBeats[type];
  let best = 0;
  let chosen: string[] = [];
  for (const list of lists) {
    if (list.kind !== 'segment' || !list.filter) continue;
    const listBeats = list.filter.beats ?? [];
    const listRegions = list.filter.regions ?? [];
    const beat = listBeats.some((value) => wanted.includes(value as Beat));
    if (!beat) continue;
    const region =
      listRegions.length === 0 ? 1 : regions.some((code) => listRegions.some((area) => sameArea(code, area))) ? 2 : 0;
    if (region === 0) continue;
    const score = 1 + region;
    if (score > best) {
      best = score;
      chosen = [list.id];
    } else if (score === best) chosen.push(list.id);
  }
  return chosen;
}
