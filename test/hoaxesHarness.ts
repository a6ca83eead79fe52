import type { HoaxInput } from '../src/shared/ipc/hoaxes';

/** A 4×4 PNG: a screenshot as small as a real one is valid. */
export const screenshotPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAD0lEQVR4nGNgmBmKQMRxAH2zDuEuAusjAAAAAElFTkSuQmCC';

/** A claim seen on WhatsApp and Facebook at 07.15 WIB on 28 November 2026, in Sleman. */
export function hoaxInput(changes: Partial<HoaxInput> = {}): HoaxInput {
  return {
    claim: 'Bendungan Sermo jebol, seluruh warga Kulon Progo harus mengungsi malam ini juga.',
    topic: 'Bencana',
    region: '34.04',
    reach: 12000,
    firstSeenAt: '2026-11-28T00:15:00.000Z',
    reportedBy: 'Pak RT 04 Mlati',
    sightings: [
      { platform: 'whatsapp', url: '' },
      { platform: 'facebook', url: 'https://facebook.com/groups/infosleman/posts/1' },
    ],
    ...changes,
  };
}
