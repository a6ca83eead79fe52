import { FeedFormatError, parseFeedXml } from './feedText';

/** One earthquake as BMKG reports it, in the units Siaga reasons in. */
export interface QuakeReport {
  /** The same event in BMKG's three lists (latest, M 5.0+, felt) has the same key: its instant and place. */
  key: string;
  /** The event's own time (UTC, ISO): a crisis opened from it starts its clock here. */
  at: string;
  latitude: number;
  longitude: number;
  magnitude: number;
  depthKm: number | null;
  /** BMKG's place text: "Pusat gempa berada di darat 20 km BaratDaya Sleman". */
  region: string;
  /** "Tidak berpotensi tsunami", "Berpotensi tsunami" — or empty (the felt list has none). */
  tsunami: string;
  /** Felt intensities on the MMI scale: "III Sleman, II Yogyakarta" — or empty. */
  felt: string;
  shakemap: string | null;
}

/** What BMKG's lists hold, as read: every field text, some missing from some lists. */
type BmkgFields = Partial<
  Record<
    | 'Tanggal'
    | 'Jam'
    | 'DateTime'
    | 'Coordinates'
    | 'Lintang'
    | 'Bujur'
    | 'Magnitude'
    | 'Kedalaman'
    | 'Wilayah'
    | 'Potensi'
    | 'Dirasakan'
    | 'Shakemap',
    unknown
  >
> & { point?: { coordinates?: unknown } };

/**
 * BMKG's earthquake information (autogempa, gempaterkini, gempadirasakan) in either of its
 * published shapes — XML (`<Infogempa><gempa>…`) or JSON (`{"Infogempa":{"gempa":…}}`), one event
 * or a list. An event without a readable time, place or magnitude is left out and counted: one bad
 * entry never hides the others.
 */
export function readBmkgQuakes(text: string): { quakes: QuakeReport[]; unreadable: number } {
  const trimmed = text.trimStart();
  let root: unknown;
  if (trimmed.startsWith('{')) {
    try {
      root = JSON.parse(trimmed);
    } catch {
      throw new FeedFormatError('not_json');
    }
  } else {
    root = parseFeedXml(trimmed, {});
  }
  const info = (root as { Infogempa?: { gempa?: unknown } } | null)?.Infogempa;
  if (!info || typeof info !== 'object' || !('gempa' in info)) throw new FeedFormatError('not_a_feed');
  const entries = Array.isArray(info.gempa) ? info.gempa : [info.gempa];
  const quakes: QuakeReport[] = [];
  let unreadable = 0;
  for (const entry of entries) {
    const quake = entry && typeof entry === 'object' ? quakeOf(entry as BmkgFields) : null;
    if (quake) quakes.push(quake);
    else unreadable += 1;
  }
  return { quakes, unreadable };
}

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';

function quakeOf(fields: BmkgFields): QuakeReport | null {
  const at = instantOf(fields);
  const place = placeOf(fields);
  const magnitude = Number.parseFloat(text(fields.Magnitude).replace(',', '.'));
  if (!at || !place || !Number.isFinite(magnitude) || magnitude < 0 || magnitude > 10) return null;
  const depth = Number.parseFloat(text(fields.Kedalaman).replace(',', '.'));
  return {
    key: `bmkg:${at}:${place.latitude.toFixed(2)},${place.longitude.toFixed(2)}`,
    at,
    ...place,
    magnitude,
    depthKm: Number.isFinite(depth) && depth >= 0 ? depth : null,
    region: text(fields.Wilayah),
    tsunami: text(fields.Potensi),
    felt: text(fields.Dirasakan),
    shakemap: text(fields.Shakemap) || null,
  };
}

const zoneHours: Record<string, number> = { WIB: 7, WITA: 8, WIT: 9 };
const monthNumbers: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  mei: 5,
  may: 5,
  jun: 6,
  jul: 7,
  agu: 8,
  agt: 8,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  des: 12,
  dec: 12,
};

/** `DateTime` (UTC with its offset) when given; else `Tanggal` "04 Des 2026" with `Jam` "10:15:30 WIB". */
function instantOf(fields: BmkgFields): string | null {
  const stamp = Date.parse(text(fields.DateTime));
  if (Number.isFinite(stamp)) return new Date(stamp).toISOString();
  const day = /^(\d{1,2})[\s-]+([A-Za-z]{3})[a-z]*[\s-]+(\d{4})$/.exec(text(fields.Tanggal));
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(WIB|WITA|WIT)$/i.exec(text(fields.Jam));
  const month = day ? monthNumbers[day[2]!.toLowerCase()] : undefined;
  if (!day || !time || !month) return null;
  const offset = zoneHours[time[4]!.toUpperCase()]!;
  const utc = Date.UTC(
    Number(day[3]),
    month - 1,
    Number(day[1]),
    Number(time[1]) - offset,
    Number(time[2]),
    Number(time[3] ?? 0),
  );
  return Number.isFinite(utc) ? new Date(utc).toISOString() : null;
}

/** `Coordinates` "lat,lon"; else `Lintang` "7.50 LS" with `Bujur` "110.20 BT"; else the older `point` "lon,lat". */
function placeOf(fields: BmkgFields): { latitude: number; longitude: number } | null {
  const pair = (value: string) => value.split(',').map((part) => Number.parseFloat(part));
  let place: { latitude: number; longitude: number } | null = null;
  const coordinates = pair(text(fields.Coordinates));
  if (coordinates.length === 2) place = { latitude: coordinates[0]!, longitude: coordinates[1]! };
  if (!place || !valid(place)) {
    const latitude = /^([\d.]+)\s*(LU|LS)$/i.exec(text(fields.Lintang));
    const longitude = /^([\d.]+)\s*(BT|BB)$/i.exec(text(fields.Bujur));
    if (latitude && longitude) {
      place = {
        latitude: Number(latitude[1]) * (latitude[2]!.toUpperCase() === 'LS' ? -1 : 1),
        longitude: Number(longitude[1]) * (longitude[2]!.toUpperCase() === 'BB' ? -1 : 1),
      };
    }
  }
  if (!place || !valid(place)) {
    const point = pair(text(fields.point?.coordinates));
    if (point.length === 2) place = { latitude: point[1]!, longitude: point[0]! };
  }
  return place && valid(place) ? place : null;
}

const valid = ({ latitude, longitude }: { latitude: number; longitude: number }) =>
  Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
