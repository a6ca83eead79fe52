import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { SignalRulesInput } from '../src/shared/ipc/feeds';

/**
 * For a describe block: a local HTTP server answering as `handler` says — the feeds the tests
 * read (nothing leaves the machine). `base()` is its address once it listens.
 */
export function useFeedServer(handler: RequestListener): { base: () => string } {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    // A stalled response would keep close() waiting for it.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { base: () => base };
}

/** Pemkab Sleman's rules: the regency's seat at Beran, its code, and the default thresholds. */
export const slemanRules: SignalRulesInput = {
  centre: { latitude: -7.716, longitude: 110.355 },
  regionCodes: ['34.04'],
  quakeMinMagnitude: 5,
  quakeWithinKm: 150,
  capMinSeverity: 'Moderate',
  capMinUrgency: 'Expected',
  capMinCertainty: 'Likely',
  capWithinKm: 25,
  keywords: ['banjir', 'longsor'],
  retentionDays: 90,
};
