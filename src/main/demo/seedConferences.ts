import { emptyContactInput } from '../../shared/contacts/emptyContact';
import type { ConferenceInput } from '../../shared/ipc/conferences';
import type { OfficeTimeZone } from '../../shared/ipc/office';
import { instantToWallTime, wallTimeToInstant } from '../../shared/time/zonedInstant';
import type { Core } from '../core/core';
import { as, signIn, type Call } from './demoCalls';
import type { DemoOptions } from './demoOptions';
import { defaultDemoPassword } from './seedOfficeAndAccounts';

/** `days` from today at `clock` (HH:MM) on the wall in `zone`, and `minutes` later. */
function at(days: number, clock: string, minutes: number, zone: OfficeTimeZone) {
  const day = instantToWallTime(new Date(Date.now() + days * 86_400_000).toISOString(), zone).slice(0, 10);
  const startsAt = wallTimeToInstant(`${day}T${clock}`, zone)!;
  return { startsAt, endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(), zone };
}

const qaBank = [
  {
    topic: 'Banjir Mlati',
    question: 'Berapa jumlah pengungsi saat ini dan di mana mereka ditampung?',
    answer:
      'Sebutkan angka resmi terakhir dari BPBD beserta jamnya. Pengungsi ditampung di Balai Desa Sendangadi dan Tlogoadi; dapur umum dan posko kesehatan buka 24 jam.',
  },
  {
    topic: 'Banjir Mlati',
    question: 'Apakah ada korban jiwa?',
    answer: 'Sampai data terakhir tidak ada korban jiwa. Jangan menyebut angka yang belum diverifikasi BPBD.',
  },
  {
    topic: 'Banjir Mlati',
    question: 'Mengapa peringatan dini terlambat?',
    answer:
      'Akui pertanyaannya; jelaskan bahwa evaluasi sistem peringatan dini sedang dilakukan bersama BPBD dan hasilnya akan diumumkan.',
  },
  {
    topic: 'Layanan publik',
    question: 'Bagaimana warga melapor informasi bencana?',
    answer: 'Melalui WhatsApp resmi Diskominfo dan Call Center 112; laporan dijawab paling lambat 1×24 jam.',
  },
];

async function invitees(staf: Call, conferenceId: string, listId: string) {
  await staf('conferences.invite', {
    conferenceId,
    requestId: crypto.randomUUID(),
    audience: { listIds: [listId], contactIds: [] },
    // The demo sends nothing: its journalists are invented.
    delivery: 'recorded',
  });
  return staf('conferences.invitees', { id: conferenceId });
}

/**
 * Conferences in WIB, WITA and WIT: one held three days ago (RSVPs, attendance with a walk-in,
 * questions with a follow-up), one confirmed in Makassar, one planned in Jayapura, one tomorrow
 * at the office; and a Q&A bank.
 */
export async function seedConferences(core: Core, options: DemoOptions): Promise<string> {
  const staf = as(core, await signIn(core, 'staf', options.password ?? defaultDemoPassword));
  const people = await staf('statements.people', {});
  const spokesperson = people.find((person) => person.roles.includes('spokesperson'))!;
  const moderator = people.find((person) => person.roles.includes('reviewer'))!;
  const bank = [];
  for (const item of qaBank) bank.push(await staf('conferences.saveQa', item));
  const statements = await staf('statements.list', { limit: 50 });
  const flood = statements.items.filter((item) => item.tags.includes('banjir')).map((item) => item.id);
  const lists = await staf('contacts.lists', {});
  const floodList = lists.find((list) => list.name === 'Undangan konferensi pers banjir')!;
  const pressList = lists.find((list) => list.name === 'Siaran pers — media utama')!;
  const base = {
    spokespersonIds: [spokesperson.id],
    moderatorId: moderator.id,
  } satisfies Partial<ConferenceInput>;

  // Held three days ago, at the office (WIB).
  const held = await staf('conferences.save', {
    conference: {
      ...base,
      ...at(-3, '10:00', 60, 'Asia/Jakarta'),
      title: 'Konferensi pers penanganan banjir Kecamatan Mlati',
      kind: 'press_conference',
      venueMode: 'hybrid',
      venueName: 'Ruang Media Center Diskominfo Sleman',
      venueAddress: 'Jl. Parasamya No. 1, Beran, Tridadi, Sleman',
      onlineLink: 'https://www.youtube.com/@pemkabsleman',
      agenda: [
        { title: 'Pembukaan oleh moderator', speaker: moderator.fullName, minutes: 5 },
        { title: 'Situasi terkini dan langkah penanganan', speaker: spokesperson.fullName, minutes: 20 },
        { title: 'Tanya jawab', speaker: '', minutes: 30 },
      ],
      statementIds: flood,
      keyMessages: 'Keselamatan warga adalah prioritas. Informasi resmi hanya dari Diskominfo Sleman.',
      talkingPoints:
        'Sebutkan angka pengungsi terakhir beserta jam datanya.\n\nSampaikan lokasi posko dan nomor 112.\n\nJangan berspekulasi soal penyebab sebelum kajian BPBD selesai.',
      qaIds: bank.slice(0, 3).map((item) => item.id),
    },
  });
  const heldPeople = await invitees(staf, held.id, floodList.id);
  const answers = ['yes', 'yes', 'yes', 'no', 'maybe', 'yes'] as const;
  for (const [index, person] of heldPeople.entries()) {
    const rsvp = answers[index % answers.length]!;
    await staf('conferences.setRsvp', { id: person.id, rsvp });
    if (rsvp === 'yes' && index % 4 !== 3) await staf('conferences.checkIn', { id: person.id, present: true });
  }
  const walkIn = await staf('conferences.walkIn', {
    conferenceId: held.id,
    contactId: null,
    contact: {
      ...emptyContactInput(held.startsAt.slice(0, 10)),
      fullName: 'Nyoman Adi Saputra',
      emails: [{ address: 'nyoman.adi@rakom-merapi.id', primary: true }],
      lawfulBasis: 'consent',
      dataSource: 'Daftar hadir konferensi pers banjir Mlati',
      consentRecord: 'Persetujuan lisan di meja registrasi',
    },
  });
  const asked = heldPeople.filter((person) => person.rsvp !== 'no').slice(0, 2);
  await staf('conferences.saveQuestion', {
    conferenceId: held.id,
    contactId: asked[0]?.contactId ?? null,
    journalist: asked[0]?.name ?? '',
    outlet: asked[0]?.outlet ?? '',
    question: 'Berapa rumah yang rusak dan kapan bantuan perbaikan cair?',
    answer: '14 rusak ringan, 2 rusak sedang; skema bantuan sedang disusun.',
    followUp: true,
    ownerId: moderator.id,
    dueOn: instantToWallTime(new Date(Date.now() + 2 * 86_400_000).toISOString(), 'Asia/Jakarta').slice(0, 10),
  });
  await staf('conferences.saveQuestion', {
    conferenceId: held.id,
    contactId: walkIn.contactId,
    journalist: walkIn.name ?? '',
    outlet: 'Radio Komunitas Merapi',
    question: 'Apakah sekolah di Mlati diliburkan?',
    answer: 'Dua SD diliburkan sampai Rabu; pembelajaran daring disiapkan.',
    status: 'done',
  });
  await staf('conferences.setStatus', { id: held.id, status: 'done' });

  // Confirmed, in two days, in Makassar (WITA).
  const makassar = await staf('conferences.save', {
    conference: {
      ...base,
      ...at(2, '13:00', 90, 'Asia/Makassar'),
      title: 'Media briefing Rakor Kehumasan Kebencanaan Indonesia Tengah',
      kind: 'media_briefing',
      venueMode: 'physical',
      venueName: 'Hotel Gammara, Ruang Losari',
      venueAddress: 'Jl. Metro Tanjung Bunga, Makassar',
      agenda: [{ title: 'Paparan praktik baik media center Sleman', speaker: spokesperson.fullName, minutes: 30 }],
      qaIds: [bank[3]!.id],
    },
  });
  const makassarPeople = await invitees(staf, makassar.id, pressList.id);
  for (const [index, person] of makassarPeople.slice(0, 12).entries()) {
    await staf('conferences.setRsvp', { id: person.id, rsvp: index % 3 === 0 ? 'maybe' : 'yes' });
  }
  await staf('conferences.setStatus', { id: makassar.id, status: 'confirmed' });

  // Planned, in six days, in Jayapura (WIT), online for the office.
  await staf('conferences.save', {
    conference: {
      ...base,
      ...at(6, '09:00', 30, 'Asia/Jayapura'),
      title: 'Doorstop Juru Bicara di Rakornas Kehumasan, Jayapura',
      kind: 'doorstop',
      venueMode: 'hybrid',
      venueName: 'Gedung Negara Dok V',
      venueAddress: 'Jl. Dok V, Jayapura',
      onlineLink: 'https://zoom.us/j/5550001111',
    },
  });

  // Tomorrow at the office, nobody invited yet.
  await staf('conferences.save', {
    conference: {
      ...base,
      ...at(1, '14:00', 45, 'Asia/Jakarta'),
      title: 'Konferensi pers peluncuran kanal pengaduan informasi bencana',
      kind: 'press_conference',
      venueMode: 'physical',
      venueName: 'Ruang Media Center Diskominfo Sleman',
      venueAddress: 'Jl. Parasamya No. 1, Beran, Tridadi, Sleman',
      qaIds: [bank[3]!.id],
    },
  });
  return `4 conferences (WIB, WITA, WIT; one held with RSVPs, attendance and questions), ${bank.length} Q&A`;
}
