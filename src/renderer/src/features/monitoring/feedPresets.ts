import type { FeedKind } from '../../../../shared/ipc/feeds';

/**
 * The official sources most offices start with, as BMKG publishes them (data.bmkg.go.id): the
 * latest earthquake, the M 5.0+ list and the felt list, and the weather warnings (CAP, nowcast).
 * The desk can add any other address; these only save typing one.
 */
export const feedPresets: { key: string; kind: FeedKind; url: string; intervalMinutes: number }[] = [
  {
    key: 'bmkgLatest',
    kind: 'bmkg_quake',
    url: 'https://data.bmkg.go.id/DataMKG/TEWS/autogempa.xml',
    intervalMinutes: 2,
  },
  {
    key: 'bmkgStrong',
    kind: 'bmkg_quake',
    url: 'https://data.bmkg.go.id/DataMKG/TEWS/gempaterkini.json',
    intervalMinutes: 5,
  },
  {
    key: 'bmkgFelt',
    kind: 'bmkg_quake',
    url: 'https://data.bmkg.go.id/DataMKG/TEWS/gempadirasakan.json',
    intervalMinutes: 5,
  },
  { key: 'bmkgWeather', kind: 'cap', url: 'https://www.bmkg.go.id/alerts/nowcast/id', intervalMinutes: 10 },
];
