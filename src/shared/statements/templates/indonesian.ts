import type { StatementKind } from '../workflow';
import { doc, h, ol, p, text, ul, type BuiltInTemplate } from './build';

/** Built-in Indonesian templates, one per kind. Placeholders: see placeholders.ts. */
export const indonesianTemplates: Record<StatementKind, BuiltInTemplate> = {
  press_release: {
    key: 'id.press_release',
    name: 'Siaran pers standar',
    title: '[Judul singkat yang menyebut apa yang terjadi atau diumumkan]',
    summary: '[Ringkasan satu kalimat: apa, siapa, kapan, di mana]',
    body: doc(
      p(
        '{office} menyampaikan [inti berita: apa yang terjadi atau diumumkan, siapa yang terlibat, kapan dan di mana]. ',
        '[Kalimat kedua: mengapa ini penting bagi masyarakat.]',
      ),
      p('[Paragraf rincian: data, angka resmi, dan langkah yang diambil. Sebutkan sumber data.]'),
      p(
        '"[Kutipan dari pimpinan atau juru bicara yang menjelaskan sikap dan komitmen instansi]," ujar {spokesperson}.',
      ),
      p(
        '[Informasi bagi masyarakat: apa yang perlu dilakukan, layanan yang tersedia, tautan atau nomor yang dapat dihubungi.]',
      ),
      p(text('Tentang {office}', true)),
      p('[Satu paragraf profil singkat instansi.]'),
    ),
  },
  official_statement: {
    key: 'id.official_statement',
    name: 'Pernyataan resmi',
    title: 'Pernyataan Resmi {office} terkait [pokok persoalan]',
    summary: '',
    body: doc(
      p('Sehubungan dengan [peristiwa atau pemberitaan], {office} menyampaikan pernyataan sebagai berikut:'),
      ol(
        '[Sikap resmi instansi atas persoalan ini.]',
        '[Fakta yang telah diverifikasi, dengan sumbernya.]',
        '[Langkah yang telah dan akan diambil.]',
        '[Imbauan kepada masyarakat.]',
      ),
      p(
        'Demikian pernyataan ini kami sampaikan. Informasi resmi selanjutnya hanya disampaikan melalui kanal resmi {office}.',
      ),
    ),
  },
  holding_statement: {
    key: 'id.holding_statement',
    name: 'Pernyataan awal krisis (CERC)',
    title: '{office} Menangani [Peristiwa] di [Lokasi]',
    summary: 'Pernyataan awal: informasi masih berkembang dan akan diperbarui secara berkala.',
    body: doc(
      h('Kepedulian'),
      p(
        'Kami turut prihatin atas [peristiwa] yang terjadi di [lokasi] pada {date}. Keselamatan warga adalah prioritas utama kami.',
      ),
      h('Yang sudah dipastikan'),
      ul(
        '[Fakta terverifikasi 1: apa, di mana, kapan.]',
        '[Fakta terverifikasi 2: jumlah terdampak menurut data resmi.]',
      ),
      h('Yang belum diketahui'),
      p(
        '[Hal yang masih diverifikasi, misalnya penyebab atau jumlah pasti.] Kami tidak akan berspekulasi; informasi disampaikan setelah dipastikan.',
      ),
      h('Yang sedang dilakukan'),
      ul('[Tindakan penanganan yang sedang berjalan.]', '[Koordinasi dengan instansi terkait.]'),
      h('Sumber informasi resmi'),
      p(
        'Informasi resmi hanya melalui {office}: situs {website}, telepon {phone}. Mohon tidak menyebarkan informasi yang belum terverifikasi.',
      ),
    ),
  },
  update: {
    key: 'id.update',
    name: 'Update berkala',
    title: 'Perkembangan Penanganan [Peristiwa] — Update per {date}',
    summary: '',
    body: doc(
      p('{office} menyampaikan perkembangan terbaru penanganan [peristiwa] per {date}:'),
      h('Data terkini'),
      ul('[Angka resmi terbaru, dibandingkan update sebelumnya.]', '[Wilayah terdampak.]'),
      h('Penanganan'),
      ul('[Langkah yang dilakukan sejak update terakhir.]'),
      h('Imbauan'),
      p('[Hal yang perlu dilakukan atau dihindari masyarakat.]'),
    ),
  },
  hoax_clarification: {
    key: 'id.hoax_clarification',
    name: 'Klarifikasi hoaks',
    title: '[HOAKS] [Ringkasan klaim yang beredar]',
    summary: 'Klarifikasi {office} atas informasi yang beredar di [platform].',
    body: doc(
      h('Klaim yang beredar'),
      p('Beredar informasi di [platform] sejak [tanggal] yang menyebutkan bahwa [isi klaim].'),
      h('Fakta'),
      p('Informasi tersebut tidak benar. [Penjelasan fakta berdasarkan data resmi dan sumbernya.]'),
      h('Kesimpulan'),
      p('Informasi tersebut dikategorikan sebagai [HOAKS/DISINFORMASI/MISINFORMASI].'),
      p(
        'Masyarakat diimbau untuk tidak menyebarkan informasi tersebut dan memeriksa kebenaran informasi melalui kanal resmi {office}.',
      ),
    ),
  },
  qa: {
    key: 'id.qa',
    name: 'Tanya-jawab (Q&A)',
    title: 'Tanya-Jawab: [Topik]',
    summary: 'Jawaban atas pertanyaan yang sering diajukan masyarakat dan media.',
    body: doc(
      p(text('T: [Pertanyaan pertama yang paling sering diajukan]?', true)),
      p('J: [Jawaban singkat, faktual, dan dapat dikutip.]'),
      p(text('T: [Pertanyaan kedua]?', true)),
      p('J: [Jawaban.]'),
      p(text('T: Di mana masyarakat dapat memperoleh informasi resmi?', true)),
      p('J: Melalui {office}: {website}, telepon {phone}.'),
    ),
  },
  talking_points: {
    key: 'id.talking_points',
    name: 'Poin bicara juru bicara',
    title: 'Poin Bicara: [Topik] — {spokesperson}',
    summary: 'Untuk keperluan internal juru bicara.',
    body: doc(
      h('Pesan utama'),
      ol('[Pesan kunci 1]', '[Pesan kunci 2]', '[Pesan kunci 3]'),
      h('Data pendukung'),
      ul('[Angka resmi dan sumbernya]'),
      h('Pertanyaan sulit yang mungkin muncul'),
      ul('[Pertanyaan] — [jawaban yang disarankan]'),
      h('Hindari'),
      ul('Berspekulasi tentang hal yang belum dipastikan.', 'Menyebut angka di luar data resmi.'),
    ),
  },
  social_post: {
    key: 'id.social_post',
    name: 'Unggahan media sosial',
    title: '[Judul internal unggahan]',
    summary: '',
    body: doc(p('[Pesan utama dalam satu-dua kalimat.]'), p('Info resmi: {website} | {phone}'), p('#[TagarResmi]')),
  },
};
