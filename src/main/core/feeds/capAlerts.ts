import { FeedFormatError, parseFeedXml } from './feedText';

export const capStatuses = ['Actual', 'Exercise', 'System', 'Test', 'Draft'] as const;
export const capMessageTypes = ['Alert', 'Update', 'Cancel', 'Ack', 'Error'] as const;
export const capUrgencies = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export const capSeverities = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export const capCertainties = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;

export interface CapArea {
  description: string;
  /** Each polygon as its points (latitude, longitude), closed: the first point again at the end. */
  polygons: { latitude: number; longitude: number }[][];
  circles: { latitude: number; longitude: number; radiusKm: number }[];
  /** Named codes of the area: `{ name: 'BPS', value: '3404' }`, a regency in BPS's numbering. */
  geocodes: { name: string; value: string }[];
}

export interface CapInfo {
  language: string;
  event: string;
  urgency: (typeof capUrgencies)[number];
  severity: (typeof capSeverities)[number];
  certainty: (typeof capCertainties)[number];
  headline: string;
  description: string;
  instruction: string;
  effective: string | null;
  onset: string | null;
  expires: string | null;
  web: string | null;
  areas: CapArea[];
}

/** A CAP 1.2 alert as the desk reads it: who sent it, which alert it updates or cancels, and what it says. */
export interface CapAlert {
  identifier: string;
  sender: string;
  /** UTC, ISO: the alert's own time (a crisis opened from it starts its clock here). */
  sent: string;
  status: (typeof capStatuses)[number];
  msgType: (typeof capMessageTypes)[number];
  /** The alerts an Update or Cancel refers to, each as `sender,identifier,sent`. */
  references: string[];
  info: CapInfo[];
}

/** A CAP alert as a signal keeps it: with its schema check (null when the check could not run). */
export interface StoredCapAlert extends CapAlert {
  schema: { valid: boolean; errors: string[] } | null;
}

const capOptions = {
  removeNSPrefix: true,
  // Elements CAP allows more than once are always lists, so one and two read the same.
  isArray: (name: string) =>
    ['info', 'area', 'polygon', 'circle', 'geocode', 'category', 'responseType', 'resource', 'parameter'].includes(
      name,
    ),
};

/**
 * One CAP 1.2 document (`<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">`). The required
 * elements and the vocabularies of status, message type, urgency, severity and certainty are
 * checked here — an alert that fails is refused whole (`not_cap`), since a rule acting on a
 * half-read warning could open a crisis for the wrong place.
 */
export function readCapAlert(text: string): CapAlert {
  const root = parseFeedXml(text, capOptions) as { alert?: Record<string, unknown> };
  const alert = root.alert;
  if (!alert || typeof alert !== 'object') throw new FeedFormatError('not_cap');
  const sent = instant(alert.sent);
  const status = oneOf(alert.status, capStatuses);
  const msgType = oneOf(alert.msgType, capMessageTypes);
  const identifier = text1(alert.identifier);
  const sender = text1(alert.sender);
  if (!identifier || !sender || !sent || !status || !msgType) throw new FeedFormatError('not_cap');
  const info = ((alert.info as Record<string, unknown>[] | undefined) ?? []).map(infoOf);
  if (info.some((entry) => entry === null)) throw new FeedFormatError('not_cap');
  return {
    identifier,
    sender,
    sent,
    status,
    msgType,
    references: text1(alert.references).split(/\s+/).filter(Boolean),
    info: info as CapInfo[],
  };
}

const text1 = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  const word = text1(value);
  return (allowed as readonly string[]).includes(word) ? (word as T) : null;
}

/** CAP's dateTime always carries its offset ("2026-12-04T10:15:00+07:00"); read as an instant. */
function instant(value: unknown): string | null {
  const word = text1(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$/.test(word)) return null;
  const stamp = Date.parse(word);
  return Number.isFinite(stamp) ? new Date(stamp).toISOString() : null;
}

function infoOf(info: Record<string, unknown>): CapInfo | null {
  const urgency = oneOf(info.urgency, capUrgencies);
  const severity = oneOf(info.severity, capSeverities);
  const certainty = oneOf(info.certainty, capCertainties);
  const event = text1(info.event);
  if (!urgency || !severity || !certainty || !event) return null;
  const areas = ((info.area as Record<string, unknown>[] | undefined) ?? []).map(areaOf);
  if (areas.some((area) => area === null)) return null;
  return {
    language: text1(info.language) || 'en-US',
    event,
    urgency,
    severity,
    certainty,
    headline: text1(info.headline),
    description: text1(info.description),
    instruction: text1(info.instruction),
    effective: instant(info.effective),
    onset: instant(info.onset),
    expires: instant(info.expires),
    web: text1(info.web) || null,
    areas: areas as CapArea[],
  };
}

function areaOf(area: Record<string, unknown>): CapArea | null {
  const description = text1(area.areaDesc);
  if (!description) return null;
  const polygons: CapArea['polygons'] = [];
  for (const polygon of (area.polygon as unknown[] | undefined) ?? []) {
    const points = text1(polygon)
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => point(pair));
    // CAP: at least four pairs, the first and last the same.
    if (points.length < 4 || points.some((p) => p === null)) return null;
    polygons.push(points as { latitude: number; longitude: number }[]);
  }
  const circles: CapArea['circles'] = [];
  for (const circle of (area.circle as unknown[] | undefined) ?? []) {
    const [centre = '', radius = ''] = text1(circle).split(/\s+/);
    const at = point(centre);
    const radiusKm = Number.parseFloat(radius);
    if (!at || !Number.isFinite(radiusKm) || radiusKm < 0) return null;
    circles.push({ ...at, radiusKm });
  }
  const geocodes = ((area.geocode as Record<string, unknown>[] | undefined) ?? [])
    .map((code) => ({ name: text1(code.valueName), value: text1(code.value) }))
    .filter((code) => code.name && code.value);
  return { description, polygons, circles, geocodes };
}

/** "lat,lon" in WGS 84. */
function point(pair: string): { latitude: number; longitude: number } | null {
  const [latitude, longitude] = pair.split(',').map((part) => Number.parseFloat(part));
  if (latitude === undefined || longitude === undefined) return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
    return null;
  return { latitude, longitude };
}
