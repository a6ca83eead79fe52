import type { StatementContentInput } from '../../shared/ipc/statements';
import { wallTimeToInstant } from '../../shared/time/zonedInstant';
import type { Core } from '../core/core';
import { as, signIn, type Call } from './demoCalls';
import type { DemoClock } from './demoClock';
import { pastDays, type DemoOptions } from './demoOptions';
import { defaultDemoPassword } from './seedOfficeAndAccounts';
import { paragraphs } from './seedStatements';
import { clarify, registerClaim } from './seedHoaxes';

/** `HH:MM` WIB on the day `daysAgo` before today, as an instant. */
function wib(daysAgo: number, clock: string): string {
  const day = new Date(Date.now() - daysAgo * 86_400_000);
  const date = new Date(day.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return wallTimeToInstant(`${date}T${clock}`, 'Asia/Jakarta')!;
}

/**
 * The demo people on the demo clock. A session ends after the idle lock (15 minutes without a
 * call), so before each jump of the clock whoever has been idle too long signs in again.
 */
function team(core: Core, password: string, clock: DemoClock) {
  const sessions = new Map<string, { call: Call; lastUsed: number }>();
  // Signs in lazily, on the first call after an idle gap: approvers sign in only when they decide.
  const by =
    (name: 'staf' | 'redaktur' | 'pimpinan'): Call =>
    async (channel, input) => {
      const now = clock.now().getTime();
      let session = sessions.get(name);
      if (!session || now - session.lastUsed > 10 * 60_000) {
        session = { call: as(core, await signIn(core, name, password)), lastUsed: now };
        sessions.set(name, session);
      }
      session.lastUsed = now;
      return session.call(channel, input);
    };
  return { staf: by('staf'), redaktur: by('redaktur'), pimpinan: by('pimpinan') };
}

/**
 * A closed crisis with its whole history, written on the demo clock as it happened 12 days ago:
 * the lahar flood in Cangkringan (Sleman) from the first signal through a holding statement, three
 * updates (one late), official figures revised twice, agencies, coordination requests, a press
 * conference, phase changes, the checklist, lessons learned, and closing.
 */
export async function seedClosedCrisis(core: Core, options: DemoOptions): Promise<string> {
  const clock = options.clock;
  if (!clock) throw new Error('The closed crisis needs the demo clock');
  const calls = team(core, options.password ?? defaultDemoPassword, clock);
  const day = pastDays - 1;
  const at = async (daysAgo: number, time: string) => {
    clock.set(new Date(wib(daysAgo, time)));
  };

  await at(day, '05:18');
  const people = await calls.staf('statements.people', {});
  const id = (role: string) => people.find((person) => person.roles.includes(role))!.id;
  const crisis = await calls.staf('crises.save', {
    crisis: {
      title: 'Banjir lahar hujan Kecamatan Cangkringan',
      type: 'natural_disaster',
      severity: 3,
      regions: ['34.04'],
      description:
        'Hujan deras di lereng Merapi memicu banjir lahar di Kali Gendol; permukiman di tiga desa Kecamatan Cangkringan tergenang.',
      firstSignalAt: wib(day, '05:10'),
      leadSpokespersonId: id('spokesperson'),
      deputyIds: [id('reviewer')],
      team: [
        { accountId: id('drafter'), role: 'drafting' },
        { accountId: id('reviewer'), role: 'verification' },
        { accountId: id('drafter'), role: 'monitoring' },
      ],
    },
  });
  const item = (text: string) => crisis.checklist.find((entry) => entry.text.startsWith(text))!.id;
  const tick = (text: string) => calls.staf('crises.tick', { itemId: item(text), done: true });
  await calls.staf('crises.addLog', {
    crisisId: crisis.id,
    at: wib(day, '05:10'),
    text: 'BPBD Sleman melaporkan luapan lahar Kali Gendol; warga Glagaharjo mulai mengungsi.',
    source: 'BPBD Kabupaten Sleman',
  });
  await tick('Tetapkan satu juru bicara');
  await tick('Bentuk tim krisis');
  const evacuees = await calls.staf('crises.recordFigure', {
    crisisId: crisis.id,
    label: 'Pengungsi',
    value: 340,
    unit: 'jiwa',
    source: 'BPBD Kabupaten Sleman',
    asOf: wib(day, '05:15'),
  });
  await calls.staf('crises.recordFigure', {
    crisisId: crisis.id,
    label: 'Desa terdampak',
    value: 3,
    unit: 'desa',
    source: 'BPBD Kabupaten Sleman',
    asOf: wib(day, '05:15'),
  });

  /** Writes, approves and releases one statement of the crisis at the given times (WIB, `day` days ago). */
  const statement = async (
    spec: {
      kind: 'holding_statement' | 'update' | 'press_release';
      title: string;
      body: string[];
      nextUpdate: [number, string] | null;
      figureId?: string;
    },
    times: { daysAgo: number; write: string; review: string; approve: string; release: string },
  ) => {
    await at(times.daysAgo, times.write);
    const created = await calls.staf('statements.create', { kind: spec.kind, language: 'id', templateId: null });
    await calls.staf('crises.link', { crisisId: crisis.id, statementId: created.id });
    if (spec.figureId) await calls.staf('crises.quoteFigure', { statementId: created.id, figureId: spec.figureId });
    const content: StatementContentInput = {
      ...created.content,
      title: spec.title,
      summary: spec.body[0] ?? '',
      body: paragraphs(...spec.body),
      datelinePlace: 'Sleman',
      tags: ['banjir', 'cangkringan'],
      spokespersonId: id('spokesperson'),
      nextUpdateAt: spec.nextUpdate ? { at: wib(spec.nextUpdate[0], spec.nextUpdate[1]), zone: 'Asia/Jakarta' } : null,
    };
    let saved = await calls.staf('statements.save', {
      id: created.id,
      baseRevisionId: created.currentRevisionId,
      content,
    });
    saved = await calls.staf('statements.submit', { id: saved.id, revisionId: saved.currentRevisionId });
    await at(times.daysAgo, times.review);
    saved = await calls.redaktur('statements.approve', {
      id: saved.id,
      revisionId: saved.currentRevisionId,
      comment: '',
    });
    await at(times.daysAgo, times.approve);
    saved = await calls.pimpinan('statements.approve', {
      id: saved.id,
      revisionId: saved.currentRevisionId,
      comment: '',
    });
    await at(times.daysAgo, times.release);
    return calls.staf('statements.release', { id: saved.id });
  };

  await statement(
    {
      kind: 'holding_statement',
      title: 'Pemkab Sleman Tangani Banjir Lahar di Cangkringan',
      body: [
        'Banjir lahar hujan melanda tiga desa di Kecamatan Cangkringan sejak pukul 05.10 WIB. Keselamatan warga adalah prioritas.',
        'Sebanyak 340 jiwa mengungsi ke Balai Desa Glagaharjo (data BPBD pukul 05.15 WIB). Informasi berikutnya pukul 07.00 WIB.',
      ],
      nextUpdate: [day, '07:00'],
      figureId: evacuees.id,
    },
    { daysAgo: day, write: '05:24', review: '05:33', approve: '05:40', release: '05:44' },
  );
  await tick('Sampaikan informasi awal');

  await at(day, '06:50');
  const evacueesLater = await calls.staf('crises.recordFigure', {
    crisisId: crisis.id,
    seriesId: evacuees.seriesId,
    label: 'Pengungsi',
    value: 512,
    unit: 'jiwa',
    source: 'BPBD Kabupaten Sleman',
    asOf: wib(day, '06:45'),
  });
  const bpbd = await calls.staf('crises.saveAgency', {
    name: 'BPBD Kabupaten Sleman',
    kind: 'disaster_agency',
    regionCode: '34.04',
    phone: '0274 868 4416',
    liaisons: [{ name: 'Makwan', position: 'Kepala Pelaksana', phone: '0811 2600 100', email: '' }],
  });
  const health = await calls.staf('crises.saveAgency', {
    name: 'Dinas Kesehatan Kabupaten Sleman',
    kind: 'health',
    regionCode: '34.04',
    liaisons: [{ name: 'dr. Cahya Purnama', position: 'Kepala Dinas', phone: '', email: 'dinkes@slemankab.go.id' }],
  });
  const police = await calls.staf('crises.saveAgency', {
    name: 'Polresta Sleman',
    kind: 'police',
    regionCode: '34.04',
  });
  await calls.staf('crises.saveStakeholder', {
    crisisId: crisis.id,
    agencyId: bpbd.id,
    role: 'Komando tanggap darurat',
    responsibility: 'Evakuasi, data pengungsi dan kerusakan',
    influence: 3,
    interest: 3,
  });
  await calls.staf('crises.saveStakeholder', {
    crisisId: crisis.id,
    agencyId: health.id,
    role: 'Layanan kesehatan pengungsi',
    responsibility: 'Pos kesehatan di titik pengungsian',
    influence: 2,
    interest: 3,
  });
  await calls.staf('crises.saveStakeholder', {
    crisisId: crisis.id,
    agencyId: police.id,
    role: 'Pengamanan jalur evakuasi',
    responsibility: 'Penutupan jalan Kali Gendol',
    influence: 3,
    interest: 1,
  });
  const dataRequest = await calls.staf('crises.saveRequest', {
    crisisId: crisis.id,
    agencyId: bpbd.id,
    request: 'Data pengungsi per titik pengungsian, diperbarui setiap 3 jam',
    dueAt: wib(day, '09:00'),
  });

  await statement(
    {
      kind: 'update',
      title: 'Update Banjir Lahar Cangkringan: 512 Warga Mengungsi',
      body: [
        'Per pukul 06.45 WIB, 512 jiwa mengungsi di dua titik: Balai Desa Glagaharjo dan Gedung Serbaguna Argomulyo.',
        'Dapur umum dan pos kesehatan telah beroperasi. Informasi berikutnya pukul 10.00 WIB.',
      ],
      nextUpdate: [day, '10:00'],
      figureId: evacueesLater.id,
    },
    { daysAgo: day, write: '06:52', review: '07:04', approve: '07:11', release: '07:15' },
  );
  await at(day, '07:30');
  await calls.staf('crises.setPhase', {
    id: crisis.id,
    phase: 'ongoing',
    note: 'Bupati menetapkan status tanggap darurat 7 hari.',
  });
  await tick('Koordinasikan informasi');
  await at(day, '08:40');
  await calls.staf('crises.saveRequest', {
    id: dataRequest.id,
    crisisId: crisis.id,
    agencyId: bpbd.id,
    request: dataRequest.request,
    dueAt: dataRequest.dueAt,
    status: 'answered',
    response: 'Data per titik dikirim lewat grup koordinasi; pembaruan berikutnya pukul 11.00 WIB.',
  });
  await calls.staf('crises.addLog', {
    crisisId: crisis.id,
    at: wib(day, '08:30'),
    text: 'Jalur Kali Gendol ditutup untuk umum; pengalihan lewat Jalan Kaliurang.',
    source: 'Polresta Sleman',
  });

  await statement(
    {
      kind: 'update',
      title: 'Update Banjir Lahar Cangkringan: Layanan Kesehatan di Pengungsian',
      body: [
        'Pos kesehatan Dinas Kesehatan melayani 86 warga hingga pukul 09.30 WIB; tidak ada korban jiwa.',
        'Konferensi pers digelar pukul 13.00 WIB di Media Center. Informasi berikutnya besok pukul 10.00 WIB.',
      ],
      nextUpdate: [day - 1, '10:00'],
    },
    { daysAgo: day, write: '09:20', review: '09:35', approve: '09:45', release: '09:55' },
  );
  await tick('Sampaikan pembaruan berkala');

  await at(day, '10:30');
  const conference = await calls.staf('conferences.save', {
    conference: {
      title: 'Konferensi pers penanganan banjir lahar Cangkringan',
      kind: 'press_conference',
      startsAt: wib(day, '13:00'),
      endsAt: wib(day, '13:45'),
      zone: 'Asia/Jakarta',
      venueMode: 'physical',
      venueName: 'Ruang Media Center Diskominfo Sleman',
      venueAddress: 'Jl. Parasamya No. 1, Beran, Tridadi, Sleman',
      spokespersonIds: [id('spokesperson')],
      keyMessages: 'Warga aman di pengungsian; informasi resmi hanya dari Pemkab Sleman.',
    },
  });
  await calls.staf('crises.link', { crisisId: crisis.id, conferenceId: conference.id });

  // A rumour of a great eruption, seen at 09.58 and clarified at 11.35 (1 hour 37 minutes).
  await at(day, '10:35');
  const rumour = await registerClaim(calls.staf, {
    claim:
      'Merapi meletus besar pagi ini! Seluruh warga Sleman wajib mengungsi ke Kota Yogyakarta sebelum pukul 12.00. Sebarkan!',
    topic: 'Bencana',
    reach: 25000,
    firstSeenAt: wib(day, '09:58'),
    reportedBy: 'Warga Desa Kepuharjo',
    crisisId: crisis.id,
    sightings: [
      { platform: 'whatsapp', url: '' },
      { platform: 'facebook', url: 'https://www.facebook.com/groups/infoseputarsleman/posts/8812' },
    ],
  });
  await at(day, '10:40');
  await calls.staf('hoaxes.startVerifying', { id: rumour.id });
  await at(day, '10:50');
  await calls.staf('hoaxes.addEvidence', {
    hoaxId: rumour.id,
    kind: 'official_source',
    title: 'BPPTKG: Gunung Merapi berstatus Siaga (Level III), tidak ada erupsi besar; banjir lahar di Kali Gendol',
    url: 'https://magma.esdm.go.id/',
    sourceAt: wib(day, '10:45'),
  });
  await at(day, '11:00');
  await calls.redaktur('hoaxes.recordVerdict', {
    id: rumour.id,
    verdict: 'hoax',
    explanation:
      'Tidak ada letusan besar Gunung Merapi. Yang terjadi adalah banjir lahar hujan di Kali Gendol yang berdampak pada tiga desa di Kecamatan Cangkringan.\n\nTidak ada perintah evakuasi bagi seluruh warga Sleman. Warga di luar kawasan terdampak diimbau tetap tenang dan mengikuti informasi resmi BPBD Sleman.',
  });
  await at(day, '11:05');
  const schedule = { review: '11:20', approve: '11:30', release: '11:35' } as const;
  await clarify(calls, rumour.id, { release: true, before: (step) => at(day, schedule[step]) });
  await at(day, '13:50');
  await calls.staf('conferences.saveQuestion', {
    conferenceId: conference.id,
    journalist: 'Rina Kartika',
    outlet: 'Harian Jogja',
    question: 'Kapan warga boleh kembali ke rumah?',
    answer: 'Setelah BPBD menyatakan aman, paling cepat tiga hari lagi.',
  });
  await calls.staf('conferences.setStatus', { id: conference.id, status: 'done' });

  await statement(
    {
      kind: 'update',
      title: 'Update Banjir Lahar Cangkringan: Warga Mulai Kembali',
      body: [
        'Per pukul 09.00 WIB, 380 warga telah kembali ke rumah; 132 jiwa masih di pengungsian.',
        'Pembersihan material lahar dilakukan bersama TNI, Polri dan relawan.',
      ],
      nextUpdate: null,
    },
    { daysAgo: day - 1, write: '09:05', review: '09:20', approve: '09:30', release: '09:40' },
  );
  await at(day - 3, '10:00');
  await calls.staf('crises.setPhase', { id: crisis.id, phase: 'post', note: 'Masa tanggap darurat berakhir.' });
  await tick('Lakukan evaluasi');
  await tick('Susun dan publikasikan');
  await calls.staf('crises.saveLesson', {
    crisisId: crisis.id,
    section: 'went_well',
    text: 'Pernyataan awal terbit 34 menit setelah sinyal pertama. Satu juru bicara dan satu set angka resmi dipakai semua kanal.',
  });
  await calls.staf('crises.saveLesson', {
    crisisId: crisis.id,
    section: 'to_improve',
    text: 'Pembaruan pertama terlambat 15 menit karena menunggu angka pengungsi terbaru dari BPBD.',
  });
  await calls.staf('crises.saveLesson', {
    crisisId: crisis.id,
    section: 'recommendations',
    text: 'Sepakati jam pembaruan data dengan BPBD sejak awal; siapkan templat pembaruan berisi angka yang bisa langsung diisi.',
  });
  await at(day - 4, '09:00');
  await calls.staf('crises.setStatus', { id: crisis.id, status: 'closed' });
  return 'a closed lahar flood in Cangkringan with its whole history (4 statements, figures, agencies, a conference, a hoax clarified)';
}

/** Signalled 5 minutes ago, in the initial phase, nothing released yet: the golden-hour clock is running toward its first prompt. */
export async function seedOpenCrisis(core: Core, options: DemoOptions): Promise<string> {
  const staf = as(core, await signIn(core, 'staf', options.password ?? defaultDemoPassword));
  const people = await staf('statements.people', {});
  const spokesperson = people.find((person) => person.roles.includes('spokesperson'));
  const signal = new Date(Date.now() - 5 * 60_000);
  signal.setSeconds(0, 0);
  const crisis = await staf('crises.save', {
    crisis: {
      title: 'Dugaan kebocoran data layanan perizinan daring',
      type: 'cyber_data_leak',
      severity: 3,
      regions: ['34.04'],
      description: 'Akun media sosial anonim mengunggah sampel data pemohon izin; keaslian data sedang diverifikasi.',
      firstSignalAt: signal.toISOString(),
      leadSpokespersonId: spokesperson?.id ?? null,
    },
  });
  await staf('crises.addLog', {
    crisisId: crisis.id,
    at: signal.toISOString(),
    text: 'Tim pemantauan menemukan unggahan sampel data pemohon izin di media sosial.',
    source: 'Tim pemantauan Diskominfo',
  });
  await staf('accounts.logout', {});
  return 'an open data-leak crisis in the initial phase, its golden-hour clock running';
}
