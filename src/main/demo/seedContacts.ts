import { stringify } from 'csv-stringify/sync';
import type { OutletType } from '../../shared/contacts/vocabulary';
import type { Core } from '../core/core';
import { as, signIn } from './demoCalls';
import type { DemoOptions } from './demoOptions';
import { defaultDemoPassword } from './seedOfficeAndAccounts';

/** Real Indonesian outlets (names only; contact details below are invented). */
const outlets: { name: string; type: OutletType; group: string; region: string | null; domain: string }[] = [
  { name: 'Kompas', type: 'print', group: 'Kompas Gramedia', region: '31', domain: 'kompas.id' },
  { name: 'Kompas TV', type: 'tv', group: 'Kompas Gramedia', region: '31', domain: 'kompas.tv' },
  { name: 'Tempo', type: 'print', group: 'Tempo Media', region: '31', domain: 'tempo.co' },
  { name: 'Antara', type: 'news_agency', group: 'LKBN Antara', region: '31', domain: 'antaranews.com' },
  { name: 'RRI', type: 'radio', group: 'LPP RRI', region: '31', domain: 'rri.co.id' },
  { name: 'TVRI', type: 'tv', group: 'LPP TVRI', region: '31', domain: 'tvri.go.id' },
  { name: 'Detikcom', type: 'online', group: 'Trans Media', region: '31', domain: 'detik.com' },
  { name: 'Kumparan', type: 'online', group: '', region: '31', domain: 'kumparan.com' },
  { name: 'Republika', type: 'print', group: 'Mahaka Media', region: '31', domain: 'republika.co.id' },
  { name: 'Media Indonesia', type: 'print', group: 'Media Group', region: '31', domain: 'mediaindonesia.com' },
  { name: 'Metro TV', type: 'tv', group: 'Media Group', region: '31', domain: 'metrotvnews.com' },
  { name: 'CNN Indonesia', type: 'tv', group: 'Trans Media', region: '31', domain: 'cnnindonesia.com' },
  { name: 'Kedaulatan Rakyat', type: 'print', group: '', region: '34', domain: 'krjogja.com' },
  { name: 'Harian Jogja', type: 'print', group: 'Bisnis Indonesia', region: '34', domain: 'harianjogja.com' },
  { name: 'Tribun Jogja', type: 'online', group: 'Kompas Gramedia', region: '34', domain: 'tribunjogja.com' },
  { name: 'Pikiran Rakyat', type: 'print', group: 'Pikiran Rakyat', region: '32', domain: 'pikiran-rakyat.com' },
  { name: 'Jawa Pos', type: 'print', group: 'Jawa Pos Group', region: '35', domain: 'jawapos.com' },
  { name: 'Suara Merdeka', type: 'print', group: '', region: '33', domain: 'suaramerdeka.com' },
  { name: 'Bali Post', type: 'print', group: 'Bali Post', region: '51', domain: 'balipost.com' },
  { name: 'Tribun Timur', type: 'online', group: 'Kompas Gramedia', region: '73', domain: 'tribun-timur.com' },
  { name: 'Radio Elshinta', type: 'radio', group: '', region: '31', domain: 'elshinta.com' },
  { name: 'Reuters', type: 'foreign', group: 'Thomson Reuters', region: '31', domain: 'reuters.com' },
  { name: 'Radio Komunitas Merapi', type: 'community', group: '', region: '34.04', domain: 'rakom-merapi.id' },
];

const givenNames = [
  'Agus',
  'Ani',
  'Budi',
  'Citra',
  'Dewi',
  'Eko',
  'Fajar',
  'Gita',
  'Hendra',
  'Indah',
  'Joko',
  'Kartika',
  'Lestari',
  'Made',
  'Nur',
  'Putu',
  'Rina',
  'Sari',
  'Teguh',
  'Wayan',
  'Yohanes',
  'Yuni',
  'Rizky',
  'Siti',
  'Ahmad',
  'Maria',
  'Andi',
  'Ketut',
  'Novi',
  'Bambang',
];
const familyNames = [
  'Santoso',
  'Wijaya',
  'Lestari',
  'Pratama',
  'Hidayat',
  'Saputra',
  'Nugroho',
  'Siregar',
  'Nasution',
  'Rahmawati',
  'Sihombing',
  'Wibowo',
  'Kusuma',
  'Setiawan',
  'Purnomo',
  'Halim',
  'Suryani',
  'Tanjung',
  'Simanjuntak',
  'Hartono',
  'Rangkuti',
  'Panjaitan',
  'Permana',
  'Firmansyah',
];
const positionWords = [
  'Reporter',
  'Reporter',
  'Reporter',
  'Redaktur',
  'Pemimpin Redaksi',
  'Pewarta Foto',
  'Juru Kamera',
  'Produser',
  'Jurnalis Lepas',
];
const beatWords = [
  'Kesehatan',
  'Bencana',
  'Politik',
  'Hukum',
  'Ekonomi',
  'Pemerintahan',
  'Lingkungan',
  'Teknologi',
  'Pendidikan',
  'Daerah',
];
const regionWords = [
  'Jawa Barat',
  'DKI Jakarta',
  'DI Yogyakarta',
  'Kabupaten Sleman',
  'Kota Yogyakarta',
  'Jawa Tengah',
  'Jawa Timur',
  'Kota Bandung',
  'Bali',
  'Sulawesi Selatan',
];

/** A small deterministic generator: the same demo every time (mulberry32). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Journalists as the CSV an office would hand over, so the demo goes through the real import. */
export function demoContactsCsv(count: number): string {
  const next = random(2026);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const rows = [
    [
      'Nama',
      'Media',
      'Jabatan',
      'Email',
      'No. HP',
      'WhatsApp',
      'Liputan',
      'Wilayah',
      'Jangan Dihubungi',
      'Simpan Sampai',
    ],
  ];
  for (let index = 0; index < count; index += 1) {
    // A large synthetic set needs names that differ by more than a typing slip, or the import's
    // duplicate check (rightly) merges "Agus Santoso 12" into "Agus Santoso 13" at the same outlet.
    const code = Array.from({ length: 6 }, () => String.fromCharCode(65 + Math.floor(next() * 26))).join('');
    const name = `${pick(givenNames)} ${pick(familyNames)}${count > 500 ? ` ${code}` : ''}`;
    const outlet = pick(outlets);
    const local = name.toLowerCase().replace(/[^a-z0-9]+/g, '.');
    const mobile = `08${11 + Math.floor(next() * 9)}${String(Math.floor(next() * 1e8)).padStart(8, '0')}`;
    const beats = [pick(beatWords), ...(next() < 0.4 ? [pick(beatWords)] : [])];
    rows.push([
      name,
      outlet.name,
      pick(positionWords),
      `${local}@${outlet.domain}`,
      next() < 0.3 ? mobile : '',
      next() < 0.3 ? '' : mobile,
      [...new Set(beats)].join('; '),
      pick(regionWords),
      next() < 0.03 ? 'ya' : 'tidak',
      // A few records are past their retention date, for the review queue.
      next() < 0.03 ? '2026-06-30' : '2028-12-31',
    ]);
  }
  return stringify(rows);
}

/** Outlets, journalists (through the import, as an office would load them) and two lists. */
export async function seedContacts(core: Core, options: DemoOptions): Promise<string> {
  const staf = as(core, await signIn(core, 'staf', options.password ?? defaultDemoPassword));
  for (const outlet of outlets) {
    await staf('contacts.createOutlet', {
      name: outlet.name,
      type: outlet.type,
      mediaGroup: outlet.group,
      regionCode: outlet.region,
      website: `https://${outlet.domain}`,
      phone: '',
      email: `redaksi@${outlet.domain}`,
      notes: '',
    });
  }
  const count = options.contacts ?? 60;
  const opened = await staf('contacts.importOpen', {
    fileName: 'daftar-jurnalis-demo.csv',
    dataBase64: Buffer.from(demoContactsCsv(count), 'utf8').toString('base64'),
  });
  const report = await staf('contacts.importRun', {
    importId: opened.importId,
    mapping: opened.mapping,
    dryRun: false,
    duplicateAction: 'merge',
    defaults: {
      lawfulBasis: 'public_task',
      dataSource: 'Daftar peliputan Diskominfo (data demo)',
      collectedOn: '2026-11-01',
      outletType: 'online',
    },
  });
  const invited = await staf('contacts.list', { beats: ['disaster'], limit: 20 });
  const list = await staf('contacts.saveList', {
    name: 'Undangan konferensi pers banjir',
    kind: 'static',
    description: 'Jurnalis yang diundang ke konferensi pers penanganan banjir',
  });
  if (invited.items.length) {
    await staf('contacts.addToList', { listId: list.id, contactIds: invited.items.map((item) => item.id) });
  }
  // The desk's everyday press-release list: fifty people who can receive e-mail.
  const everyone = await staf('contacts.list', { limit: 1000 });
  const mailable = everyone.items.filter((item) => item.email && item.active && !item.doNotContact).slice(0, 50);
  const pressList = await staf('contacts.saveList', {
    name: 'Siaran pers — media utama',
    kind: 'static',
    description: 'Penerima tetap siaran pers Diskominfo',
  });
  await staf('contacts.addToList', { listId: pressList.id, contactIds: mailable.map((item) => item.id) });
  await staf('contacts.saveList', {
    name: 'Liputan bencana DIY',
    kind: 'segment',
    description: 'Semua jurnalis berliputan kebencanaan di DI Yogyakarta',
    filter: { beats: ['disaster'], regions: ['34'] },
  });
  return `${outlets.length} outlets, ${report.totals.created + report.totals.merged} journalists, 3 lists`;
}
