import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface GuardSettings {
  port: number;
  token: string;
}

export type GuardVerdict = { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

const allowedHostNames = ['127.0.0.1', 'localhost'];

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A Host header naming anything but our own loopback address is DNS rebinding or a proxy: refuse. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHostNames.some((name) => host === `${name}:${port}`);
}

/** Browsers send Origin on cross-origin and on POST requests; only our own origin may call. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHostNames.some((name) => origin === `http://${name}:${port}`);
}

export function hasValidToken(authorization: string | undefined, token: string): boolean {
  if (!authorization?.startsWith('Bearer ')) return false;
  const given = Buffer.from(authorization.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Every request is checked for Host and Origin; API requests (`needsToken`) also for the
 * per-run bearer token. Host and Origin come first so a foreign page learns nothing else.
 */
export function guardRequest(headers: IncomingHttpHeaders, needsToken: boolean, settings: GuardSettings): GuardVerdict {
  if (!isAllowedHost(single(headers.host), settings.port))
    return { allowed: false, status: 403, reason: 'foreign host' };
  if (!isAllowedOrigin(single(headers.origin), settings.port)) {
    return { allowed: false, status: 403, reason: 'foreign origin' };
  }
  if (single(headers['sec-fetch-site']) === 'cross-site') return { allowed: false, status: 403, reason: 'cross-site' };
  if (needsToken && !hasValidToken(single(headers.authorization), settings.token)) {
    return { allowed: false, status: 401, reason: 'missing or wrong token' };
  }
  return { allowed: true };
}
