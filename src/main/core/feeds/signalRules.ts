import { getDistance, isPointInPolygon } from 'geolib';
import { provinces, regencies } from '../../../shared/contacts/regions';
import type { capCertaintyThresholds, capSeverityThresholds, capUrgencyThresholds } from '../../../shared/ipc/feeds';
import type { QuakeReport } from './bmkgQuakes';
import { capCertainties, capSeverities, capUrgencies, type CapAlert, type CapArea } from './capAlerts';
import type { NewsItem } from './newsItems';

export interface Point {
  latitude: number;
  longitude: number;
}

/** Where the office answers for: the point distances are measured from, and its regions. */
export interface OfficeArea {
  /** A point of the office's area (the seat of its government), or null when not set. */
  centre: Point | null;
  /** Kemendagri codes: a province (`34`) covers every regency in it; a regency or city is `34.04`. */
  regionCodes: string[];
}

/** Which signals matter to this office. */
export interface SignalRules {
  quake: { minMagnitude: number; withinKm: number };
  cap: {
    minSeverity: (typeof capSeverityThresholds)[number];
    minUrgency: (typeof capUrgencyThresholds)[number];
    minCertainty: (typeof capCertaintyThresholds)[number];
    /** A warning whose area comes this close to the office's point counts as the office's. */
    withinKm: number;
  };
  /** Words that make a news story a signal ("banjir", "longsor", the office's own name). */
  keywords: string[];
}

export const defaultSignalRules: SignalRules = {
  quake: { minMagnitude: 5, withinKm: 150 },
  cap: { minSeverity: 'Moderate', minUrgency: 'Expected', minCertainty: 'Likely', withinKm: 25 },
  keywords: [],
};

/** Why a signal matched: what the notice says, so the desk sees the reason, not just the alarm. */
export type MatchReason =
  | { kind: 'distance'; km: number }
  | { kind: 'place'; place: string }
  | { kind: 'region'; code: string }
  | { kind: 'area'; km: number }
  | { kind: 'keyword'; word: string };

/**
 * An earthquake is the office's when it is strong enough and either near (from the office's
 * point) or felt in, or placed by BMKG at, one of the office's regions by name.
 */
export function quakeMatch(quake: QuakeReport, area: OfficeArea, rules: SignalRules): MatchReason[] {
  if (quake.magnitude < rules.quake.minMagnitude) return [];
  const reasons: MatchReason[] = [];
  if (area.centre) {
    const km = distanceKm(area.centre, quake);
    if (km <= rules.quake.withinKm) reasons.push({ kind: 'distance', km });
  }
  const named = namedPlace(`${quake.felt} ${quake.region}`, area);
  if (named) reasons.push({ kind: 'place', place: named });
  return reasons;
}

/**
 * A CAP warning is the office's when it is real (status Actual), an Alert or an Update, at or
 * above the office's severity, urgency and certainty, and its area is the office's: a geocode of
 * one of its regions, a polygon or circle that holds or comes near the office's point, or an area
 * description naming one of its places. (A Cancel is matched by what it cancels, not here.)
 */
export function capMatch(alert: CapAlert, area: OfficeArea, rules: SignalRules): MatchReason[] {
  if (alert.status !== 'Actual' || (alert.msgType !== 'Alert' && alert.msgType !== 'Update')) return [];
  const reasons: MatchReason[] = [];
  for (const info of alert.info) {
    if (!atLeast(capSeverities, info.severity, rules.cap.minSeverity)) continue;
    if (!atLeast(capUrgencies, info.urgency, rules.cap.minUrgency)) continue;
    if (!atLeast(capCertainties, info.certainty, rules.cap.minCertainty)) continue;
    for (const place of info.areas) reasons.push(...areaReasons(place, area, rules.cap.withinKm));
  }
  return reasons;
}

/** A news story is a signal when it carries one of the office's words (whole words, any case). */
export function newsMatch(item: NewsItem, rules: SignalRules): MatchReason[] {
  const text = searchable(`${item.title} ${item.summary}`);
  return rules.keywords
    .filter((word) => word.trim() && containsWords(text, searchable(word)))
    .map((word) => ({ kind: 'keyword', word }));
}

/**
 * CAP's vocabularies run from the most to the least (Extreme … Minor, then Unknown): a value meets
 * a threshold when it is listed at or before it. Unknown never meets a threshold above it.
 */
function atLeast<T extends string>(order: readonly T[], value: T, threshold: T): boolean {
  return order.indexOf(value) <= order.indexOf(threshold);
}

function areaReasons(place: CapArea, area: OfficeArea, withinKm: number): MatchReason[] {
  const reasons: MatchReason[] = [];
  const codes = officeCodes(area);
  for (const geocode of place.geocodes) {
    const code = kemendagriCode(geocode.value);
    if (code && (codes.has(code) || codes.has(code.slice(0, 2)))) reasons.push({ kind: 'region', code });
  }
  if (area.centre) {
    const centre = area.centre;
    let nearest = Number.POSITIVE_INFINITY;
    for (const polygon of place.polygons) {
      if (isPointInPolygon(centre, polygon)) nearest = 0;
      else for (const corner of polygon) nearest = Math.min(nearest, distanceKm(centre, corner));
    }
    for (const circle of place.circles)
      nearest = Math.min(nearest, Math.max(0, distanceKm(centre, circle) - circle.radiusKm));
    if (nearest <= withinKm) reasons.push({ kind: 'area', km: nearest });
  }
  const named = namedPlace(place.description, area);
  if (named) reasons.push({ kind: 'place', place: named });
  return reasons;
}

/** BPS writes a regency as four digits ("3404"), Kemendagri as "34.04": the same numbering for both. */
function kemendagriCode(value: string): string | null {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 2) return digits;
  if (digits.length >= 4) return `${digits.slice(0, 2)}.${digits.slice(2, 4)}`;
  return null;
}

function officeCodes(area: OfficeArea): Set<string> {
  return new Set(area.regionCodes);
}

/** Rounded to a tenth of a kilometre: geolib's great-circle distance, in metres. */
function distanceKm(from: Point, to: Point): number {
  return Math.round(getDistance(from, to) / 100) / 10;
}

/**
 * The first of the office's places a text names: the province's name, its regencies' and cities'
 * bare names ("Sleman" for "Kabupaten Sleman"), as BMKG and agencies write them ("BANTUL-DIY").
 */
function namedPlace(text: string, area: OfficeArea): string | null {
  const haystack = searchable(text);
  for (const name of placeNames(area)) if (containsWords(haystack, searchable(name))) return name;
  return null;
}

function placeNames(area: OfficeArea): string[] {
  const names: string[] = [];
  for (const code of area.regionCodes) {
    const province = provinces.find((item) => item.code === code);
    if (province) {
      names.push(province.name);
      for (const regency of regencies) if (regency.provinceCode === code) names.push(bareName(regency.name));
    } else {
      const regency = regencies.find((item) => item.code === code);
      if (regency) names.push(bareName(regency.name));
    }
  }
  return [...new Set(names)];
}

const bareName = (name: string) => name.replace(/^(Kabupaten|Kota)\s+/, '');

/** Lower case, no accents, punctuation as spaces, padded: whole words are found by their spaces. */
function searchable(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${folded} `;
}

const containsWords = (haystack: string, needle: string) => needle.trim() !== '' && haystack.includes(needle);
