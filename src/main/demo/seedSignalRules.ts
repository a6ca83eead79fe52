import type { Core } from '../core/core';
import { as, signIn } from './demoCalls';
import type { DemoOptions } from './demoOptions';
import { defaultDemoPassword } from './seedOfficeAndAccounts';

/**
 * The demo office's early-warning rules: Kabupaten Sleman, measured from its seat at Beran, with
 * the usual thresholds and the words a Humas desk in Sleman watches the news for. No feed is
 * subscribed: the demo runs without the internet, and a BMKG address there would only fail.
 */
export async function seedSignalRules(core: Core, options: DemoOptions): Promise<string> {
  const admin = as(core, await signIn(core, 'admin', options.password ?? defaultDemoPassword));
  await admin('feeds.saveRules', {
    centre: { latitude: -7.716, longitude: 110.355 },
    regionCodes: ['34.04'],
    quakeMinMagnitude: 5,
    quakeWithinKm: 150,
    capMinSeverity: 'Moderate',
    capMinUrgency: 'Expected',
    capMinCertainty: 'Likely',
    capWithinKm: 25,
    keywords: ['Sleman', 'Merapi', 'banjir', 'longsor', 'erupsi'],
    retentionDays: 90,
  });
  return 'early-warning rules for Kabupaten Sleman (150 km, M 5.0+, five words)';
}
