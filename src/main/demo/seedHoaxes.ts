import type { HoaxPlatform } from '../../shared/hoaxes/vocabulary';
import type { Core } from '../core/core';
import { rasterSvg } from '../core/documents/svgRaster';
import { as, signIn, type Call } from './demoCalls';
import type { DemoOptions } from './demoOptions';
import { defaultDemoPassword } from './seedOfficeAndAccounts';

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!);

/** Words wrapped to lines of about `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A screenshot-like picture of the claim as a forwarded chat message, drawn as PNG (base64). */
export async function demoScreenshot(claim: string, platform: HoaxPlatform): Promise<string> {
  const lines = wrap(claim, 38);
  const height = 120 + lines.length * 26;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="${height}" viewBox="0 0 420 ${height}">
    <rect width="420" height="${height}" fill="#e5ddd5"/>
    <rect x="16" y="16" width="388" height="${height - 32}" rx="10" fill="#ffffff"/>
    <text x="32" y="44" font-size="13" fill="#888888" font-style="italic">Diteruskan berkali-kali · ${escapeXml(platform)}</text>
    ${lines
      .map(
        (line, index) => `<text x="32" y="${76 + index * 26}" font-size="17" fill="#111111">${escapeXml(line)}</text>`,
      )
      .join('\n    ')}
    <text x="388" y="${height - 30}" font-size="12" fill="#888888" text-anchor="end">07.58</text>
  </svg>`;
  return (await rasterSvg(svg, 420)).data.toString('base64');
}

interface ClaimSpec {
  claim: string;
  topic: string;
  reach: number;
  firstSeenAt: string;
  reportedBy: string;
  crisisId?: string | null;
  sightings: { platform: HoaxPlatform; url: string }[];
}

/** Registers a claim with a screenshot, as the desk would. */
export async function registerClaim(staf: Call, spec: ClaimSpec) {
  const hoax = await staf('hoaxes.save', {
    hoax: { ...spec, region: '34.04', crisisId: spec.crisisId ?? null },
  });
  await staf('hoaxes.uploadScreenshot', {
    hoaxId: hoax.id,
    fileName: `tangkapan-${spec.sightings[0]?.platform ?? 'layar'}.png`,
    mimeType: 'image/png',
    dataBase64: await demoScreenshot(spec.claim, spec.sightings[0]?.platform ?? 'other'),
  });
  return hoax;
}

/** Drafts the clarification of a claim with a verdict and takes it through both approvals; `release` sends it out. */
export async function clarify(
  people: { staf: Call; redaktur: Call; pimpinan: Call },
  hoaxId: string,
  steps: { before?: (step: 'review' | 'approve' | 'release') => Promise<void>; release: boolean },
) {
  const { statementId } = await people.staf('hoaxes.draftClarification', { id: hoaxId, language: 'id' });
  let statement = await people.staf('statements.get', { id: statementId });
  statement = await people.staf('statements.submit', { id: statementId, revisionId: statement.currentRevisionId });
  if (!steps.release) return statement;
  await steps.before?.('review');
  statement = await people.redaktur('statements.approve', {
    id: statementId,
    revisionId: statement.currentRevisionId,
    comment: '',
  });
  await steps.before?.('approve');
  await people.pimpinan('statements.approve', {
    id: statementId,
    revisionId: statement.currentRevisionId,
    comment: '',
  });
  await steps.before?.('release');
  return people.staf('statements.release', { id: statementId });
}

const hoursAgo = (hours: number) => {
  const at = new Date(Date.now() - hours * 3_600_000);
  at.setSeconds(0, 0);
  return at.toISOString();
};

/**
 * Today's register: a claim in every status. A phishing message riding on the data leak (just
 * reported), polluted tap water (being verified), a vaccine rumour with its clarification waiting
 * for the head of Humas, a fake social-aid link clarified (and its duplicate merged into it), and
 * a true report of a broken bridge closed without a clarification.
 */
export async function seedHoaxes(core: Core, options: DemoOptions): Promise<string> {
  const password = options.password ?? defaultDemoPassword;
  const people = {
    staf: as(core, await signIn(core, 'staf', password)),
    redaktur: as(core, await signIn(core, 'redaktur', password)),
    pimpinan: as(core, await signIn(core, 'pimpinan', password)),
  };
  const { staf, redaktur } = people;
  const leak = (await staf('crises.list', { status: 'open' })).find((crisis) => crisis.type === 'cyber_data_leak');

  await registerClaim(staf, {
    claim:
      'Pemohon izin daring diminta mengirim ulang NIK dan foto KTP lewat tautan bit.ly/verifikasi-izin untuk "verifikasi kebocoran data" paling lambat hari ini.',
    topic: 'Keamanan data',
    reach: 1800,
    firstSeenAt: hoursAgo(0.05),
    reportedBy: 'Pengaduan warga melalui LAPOR!',
    crisisId: leak?.id ?? null,
    sightings: [{ platform: 'whatsapp', url: '' }],
  });

  const water = await registerClaim(staf, {
    claim: 'Air PDAM Sleman tercemar material lahar, warga dilarang minum air keran selama sebulan.',
    topic: 'Kesehatan',
    reach: 9500,
    firstSeenAt: hoursAgo(20),
    reportedBy: 'Tim pemantauan media sosial',
    sightings: [
      { platform: 'facebook', url: 'https://www.facebook.com/groups/wargasleman/posts/5501' },
      { platform: 'tiktok', url: 'https://www.tiktok.com/@infojogja/video/7300000000000000001' },
    ],
  });
  await staf('hoaxes.startVerifying', { id: water.id });
  await staf('hoaxes.addEvidence', {
    hoaxId: water.id,
    kind: 'evidence',
    title: 'Konfirmasi telepon dengan Perumda Air Minum Tirta Sembada: uji kualitas air sedang berjalan',
    url: '',
  });

  const vaccine = await registerClaim(staf, {
    claim: 'Imunisasi MR di sekolah dasar minggu ini menyebabkan tiga siswa di Depok lumpuh.',
    topic: 'Kesehatan',
    reach: 22000,
    firstSeenAt: hoursAgo(6),
    reportedBy: 'Dinas Kesehatan',
    sightings: [{ platform: 'instagram', url: 'https://www.instagram.com/p/C0demoMR01/' }],
  });
  await staf('hoaxes.startVerifying', { id: vaccine.id });
  await staf('hoaxes.addEvidence', {
    hoaxId: vaccine.id,
    kind: 'official_source',
    title: 'Keterangan Dinas Kesehatan Sleman: tidak ada kejadian ikutan pasca-imunisasi berat',
    url: 'https://dinkes.slemankab.go.id/',
    sourceAt: hoursAgo(3),
  });
  await redaktur('hoaxes.recordVerdict', {
    id: vaccine.id,
    verdict: 'disinformation',
    explanation:
      'Dinas Kesehatan Sleman memastikan tidak ada siswa yang mengalami kelumpuhan setelah imunisasi MR. Foto yang beredar adalah foto pasien di luar daerah pada 2018.',
  });
  await clarify(people, vaccine.id, { release: false });

  const aid = await registerClaim(staf, {
    claim:
      'Bansos Rp 2,4 juta untuk warga terdampak banjir cair lewat pendaftaran di tautan WhatsApp ini, kuota terbatas.',
    topic: 'Bansos',
    reach: 40000,
    firstSeenAt: hoursAgo(26),
    reportedBy: 'Dinas Sosial',
    sightings: [
      { platform: 'whatsapp', url: '' },
      { platform: 'facebook', url: 'https://www.facebook.com/bansos.sleman.2026/posts/1' },
    ],
  });
  const duplicate = await registerClaim(staf, {
    claim: 'Pendaftaran bansos banjir Rp 2,4 juta lewat link WhatsApp, segera sebelum kuota habis.',
    topic: 'Bansos',
    reach: 6000,
    firstSeenAt: hoursAgo(25),
    reportedBy: 'Kecamatan Mlati',
    sightings: [{ platform: 'x', url: 'https://x.com/infobansos_/status/1800000000000000001' }],
  });
  await redaktur('hoaxes.merge', { sourceId: duplicate.id, targetId: aid.id });
  await staf('hoaxes.addEvidence', {
    hoaxId: aid.id,
    kind: 'official_source',
    title: 'Dinas Sosial Sleman: bantuan disalurkan langsung melalui kelurahan, tanpa pendaftaran daring',
    url: 'https://dinsos.slemankab.go.id/',
    sourceAt: hoursAgo(22),
  });
  await redaktur('hoaxes.recordVerdict', {
    id: aid.id,
    verdict: 'hoax',
    explanation:
      'Pemerintah Kabupaten Sleman tidak membuka pendaftaran bansos melalui tautan WhatsApp. Bantuan bagi warga terdampak disalurkan langsung melalui kelurahan berdasarkan data BPBD.',
  });
  await clarify(people, aid.id, { release: true });

  const bridge = await registerClaim(staf, {
    claim:
      'Jembatan gantung Kali Kuning di Cangkringan putus diterjang lahar, warga diminta memutar lewat Jalan Kaliurang.',
    topic: 'Bencana',
    reach: 3000,
    firstSeenAt: hoursAgo(50),
    reportedBy: 'Relawan Merapi',
    sightings: [{ platform: 'youtube', url: 'https://www.youtube.com/watch?v=demoKaliKuning' }],
  });
  await staf('hoaxes.addEvidence', {
    hoaxId: bridge.id,
    kind: 'official_source',
    title: 'BPBD Sleman: jembatan gantung Kali Kuning rusak berat dan ditutup',
    url: 'https://bpbd.slemankab.go.id/',
    sourceAt: hoursAgo(48),
  });
  await redaktur('hoaxes.recordVerdict', {
    id: bridge.id,
    verdict: 'true',
    explanation: 'BPBD Sleman membenarkan jembatan gantung Kali Kuning rusak berat dan ditutup untuk umum.',
  });
  await redaktur('hoaxes.close', { id: bridge.id, note: 'Informasi benar; BPBD sudah mengumumkan jalur alternatif.' });

  for (const call of [people.staf, people.redaktur, people.pimpinan]) await call('accounts.logout', {});
  return 'hoax register: a claim in every status, one clarified, one merged, one clarification awaiting review';
}
