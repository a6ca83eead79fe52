import type { ConferenceInput } from '../src/shared/ipc/conferences';

/** 10:00–11:00 WITA on Tuesday 1 December 2026 (02:00–03:00 UTC, 09:00–10:00 WIB), in Makassar. */
export function conferenceInput(
  team: { spokesperson: { account: { id: string } } },
  changes: Partial<ConferenceInput> = {},
): ConferenceInput {
  return {
    title: 'Konferensi pers penanganan banjir Makassar',
    kind: 'press_conference',
    startsAt: '2026-12-01T02:00:00.000Z',
    endsAt: '2026-12-01T03:00:00.000Z',
    zone: 'Asia/Makassar',
    venueMode: 'physical',
    venueName: 'Aula Kantor Gubernur',
    venueAddress: 'Jl. Jenderal Urip Sumoharjo No. 269, Makassar',
    spokespersonIds: [team.spokesperson.account.id],
    agenda: [{ title: 'Situasi terkini', speaker: 'Jubir', minutes: 15 }],
    ...changes,
  };
}
