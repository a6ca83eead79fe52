import type { Statement, StatementContentInput } from '../../shared/ipc/statements';
import type { Core } from '../core/core';
import { as, signIn } from './demoCalls';
import type { DemoOptions } from './demoOptions';
import { defaultDemoPassword } from './seedOfficeAndAccounts';

/** A statement body of plain paragraphs (the demo's statements and its crisis history). */
export const paragraphs = (...texts: string[]) => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

interface DemoStatement {
  kind: Statement['kind'];
  title: string;
  summary: string;
  body: string[];
  tags: string[];
  /** How far through the workflow it goes. */
  until: 'draft' | 'in_review' | 'reviewed' | 'changes_requested' | 'approved' | 'released' | 'withdrawn';
}

const statements: DemoStatement[] = [
  {
    kind: 'holding_statement',
    title: 'Pemkab Sleman Menangani Banjir di Kecamatan Mlati',
    summary: 'Pernyataan awal: informasi masih berkembang dan akan diperbarui setiap enam jam.',
    body: [
      'Kami turut prihatin atas banjir yang melanda tiga desa di Kecamatan Mlati sejak Senin malam. Keselamatan warga adalah prioritas utama kami.',
      'Yang sudah dipastikan: 120 keluarga mengungsi ke Balai Desa Sendangadi dan Tlogoadi. Tidak ada korban jiwa.',
      'Yang belum diketahui: jumlah rumah rusak masih didata oleh BPBD bersama perangkat desa.',
      'Yang sedang dilakukan: dapur umum dan posko kesehatan 24 jam telah dibuka.',
      'Informasi resmi hanya melalui Diskominfo Sleman, telepon (0274) 868405.',
    ],
    tags: ['banjir', 'mlati'],
    until: 'released',
  },
  {
    kind: 'update',
    title: 'Perkembangan Penanganan Banjir Mlati — Update Kedua',
    summary: 'Jumlah pengungsi turun menjadi 85 keluarga.',
    body: [
      'Per pukul 12.00 WIB, jumlah pengungsi turun menjadi 85 keluarga karena air mulai surut di Desa Tlogoadi.',
      'BPBD mencatat 14 rumah rusak ringan dan 2 rumah rusak sedang.',
    ],
    tags: ['banjir', 'update'],
    until: 'approved',
  },
  {
    kind: 'press_release',
    title: 'Diskominfo Sleman Luncurkan Kanal Pengaduan Informasi Bencana',
    summary: 'Warga dapat melaporkan informasi bencana melalui WhatsApp resmi.',
    body: [
      'Dinas Komunikasi dan Informatika Kabupaten Sleman meluncurkan kanal pengaduan informasi bencana melalui WhatsApp resmi.',
      '"Kami ingin warga mendapat informasi yang cepat dan benar," ujar Kepala Dinas.',
    ],
    tags: ['layanan'],
    until: 'reviewed',
  },
  {
    kind: 'hoax_clarification',
    title: '[HOAKS] Bendungan Sermo Jebol',
    summary: 'Klarifikasi atas pesan berantai yang beredar di WhatsApp.',
    body: [
      'Beredar pesan berantai di WhatsApp yang menyebutkan Bendungan Sermo jebol pada Selasa pagi.',
      'Informasi tersebut tidak benar. Balai Besar Wilayah Sungai Serayu Opak memastikan bendungan dalam kondisi aman.',
    ],
    tags: ['hoaks', 'bendungan'],
    until: 'in_review',
  },
  {
    kind: 'official_statement',
    title: 'Pernyataan Resmi terkait Penutupan Sementara Jalan Magelang',
    summary: '',
    body: ['Sehubungan dengan genangan di ruas Jalan Magelang km 8, jalur tersebut ditutup sementara.'],
    tags: ['lalu lintas'],
    until: 'changes_requested',
  },
  {
    kind: 'talking_points',
    title: 'Poin Bicara Konferensi Pers Banjir Mlati',
    summary: 'Untuk keperluan internal juru bicara.',
    body: ['Pesan utama: warga aman, bantuan cukup, informasi resmi hanya dari kanal pemerintah.'],
    tags: ['banjir'],
    until: 'draft',
  },
  {
    kind: 'social_post',
    title: 'Unggahan: Nomor Darurat BPBD',
    summary: '',
    body: ['Simpan nomor darurat BPBD Sleman: (0274) 868351. #SlemanSiaga'],
    tags: ['media sosial'],
    until: 'withdrawn',
  },
  {
    kind: 'qa',
    title: 'Tanya-Jawab: Bantuan bagi Warga Terdampak Banjir',
    summary: 'Jawaban atas pertanyaan yang sering diajukan.',
    body: ['T: Di mana warga mendaftar bantuan?', 'J: Di posko desa masing-masing dengan membawa KTP atau KK.'],
    tags: ['banjir', 'bantuan'],
    until: 'draft',
  },
];

/** Statements of several kinds, in every workflow state, written and decided by the demo staff. */
export async function seedStatements(core: Core, options: DemoOptions): Promise<string> {
  const password = options.password ?? defaultDemoPassword;
  const staf = as(core, await signIn(core, 'staf', password));
  const redaktur = as(core, await signIn(core, 'redaktur', password));
  const pimpinan = as(core, await signIn(core, 'pimpinan', password));
  const people = await staf('statements.people', {});
  const spokesperson = people.find((person) => person.roles.includes('spokesperson'));

  for (const demo of statements) {
    const created = await staf('statements.create', { kind: demo.kind, language: 'id', templateId: null });
    const content: StatementContentInput = {
      ...created.content,
      title: demo.title,
      summary: demo.summary,
      body: paragraphs(...demo.body),
      datelinePlace: 'Sleman',
      tags: demo.tags,
      spokespersonId: spokesperson?.id ?? null,
      nextUpdateAt:
        demo.kind === 'holding_statement' || demo.kind === 'update'
          ? { at: new Date(Date.now() + 6 * 3600_000).toISOString(), zone: 'Asia/Jakarta' }
          : null,
    };
    let statement = await staf('statements.save', {
      id: created.id,
      baseRevisionId: created.currentRevisionId,
      content,
    });
    const ref = () => ({ id: statement.id, revisionId: statement.currentRevisionId });
    if (demo.until === 'draft') continue;
    if (demo.until === 'withdrawn') {
      await staf('statements.withdraw', { id: statement.id, reason: 'Digabung dengan unggahan lain.' });
      continue;
    }
    statement = await staf('statements.submit', ref());
    if (demo.until === 'in_review') continue;
    if (demo.until === 'changes_requested') {
      await redaktur('statements.requestChanges', {
        ...ref(),
        comment: 'Mohon cantumkan sampai kapan penutupan berlaku dan jalur alternatifnya.',
      });
      continue;
    }
    statement = await redaktur('statements.approve', { ...ref(), comment: 'Sudah sesuai data BPBD.' });
    if (demo.until === 'reviewed') continue;
    statement = await pimpinan('statements.approve', { ...ref(), comment: '' });
    if (demo.until === 'approved') continue;
    statement = await staf('statements.release', { id: statement.id });
  }
  for (const call of [staf, redaktur, pimpinan]) await call('accounts.logout', {});
  return `${statements.length} statements (draft, in review, changes requested, approved, released, withdrawn)`;
}
