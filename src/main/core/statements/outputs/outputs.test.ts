import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { StatementContent } from '../../../../shared/ipc/statements';
import { normalizeRichText } from '../../../../shared/statements/richText';
import { statementDocument, type OutputInput } from '../../../../shared/statements/outputs/statementDocument';
import { docxText, pdfText } from '../../../../../test/readers';
import { renderOutput } from '../exportService';

const pngLogo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAD0lEQVR4nGNgmBmKQMRxAH2zDuEuAusjAAAAAElFTkSuQmCC',
  'base64',
);
const svgLogo = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#0a5"/></svg>',
);

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function sample(overrides: Partial<OutputInput> = {}, content: Partial<StatementContent> = {}): OutputInput {
  return {
    content: {
      kind: 'press_release',
      language: 'id',
      title: 'Banjir di Kecamatan Mlati',
      summary: 'Pemerintah menyalurkan bantuan kepada 120 keluarga.',
      body: normalizeRichText({
        type: 'doc',
        content: [
          paragraph('Hujan deras sejak Senin malam menyebabkan banjir di tiga desa.'),
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Penanganan' }] },
          {
            type: 'bulletList',
            content: [
              { type: 'listItem', content: [paragraph('Dapur umum di Balai Desa Sendangadi.')] },
              { type: 'listItem', content: [paragraph('Posko kesehatan 24 jam.')] },
            ],
          },
          {
            type: 'table',
            content: [
              {
                type: 'tableRow',
                content: [
                  { type: 'tableHeader', content: [paragraph('Desa')] },
                  { type: 'tableHeader', content: [paragraph('Pengungsi')] },
                ],
              },
              {
                type: 'tableRow',
                content: [
                  { type: 'tableCell', content: [paragraph('Sendangadi')] },
                  { type: 'tableCell', content: [paragraph('64')] },
                ],
              },
            ],
          },
        ],
      }),
      datelinePlace: 'Sleman',
      spokespersonId: null,
      mediaContactId: null,
      tags: ['banjir'],
      embargoUntil: null,
      nextUpdateAt: { at: '2026-11-28T09:00:00.000Z', zone: 'Asia/Jakarta' },
      attachments: [],
      ...content,
    },
    office: {
      agencyName: 'Dinas Komunikasi dan Informatika Kabupaten Sleman',
      unitName: 'Bidang Informasi dan Komunikasi Publik',
      address: 'Jl. Parasamya No. 1, Sleman',
      phone: '(0274) 868405',
      email: 'diskominfo@slemankab.go.id',
      website: 'https://diskominfo.slemankab.go.id',
      timeZone: 'Asia/Jakarta',
      logo: { mimeType: 'image/png', data: pngLogo },
    },
    number: '007/SP/HUMAS/XI/2026',
    approved: true,
    issuedAt: '2026-11-28T02:00:00.000Z',
    spokesperson: {
      fullName: 'Drs. Bambang Wibowo',
      position: 'Juru Bicara',
      phone: '0811000111',
      email: 'jubir@slemankab.go.id',
    },
    mediaContact: null,
    corrects: null,
    ...overrides,
  };
}

describe('document outputs, read back with real readers', () => {
  it('DOCX: mammoth finds the letterhead, number, title, dateline, body, table and spokesperson', async () => {
    const text = await docxText(await renderOutput(sample(), 'docx'));
    for (const expected of [
      'DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SLEMAN',
      'SIARAN PERS',
      'Nomor: 007/SP/HUMAS/XI/2026',
      'Banjir di Kecamatan Mlati',
      'Sleman, 28 November 2026 —',
      'Hujan deras sejak Senin malam menyebabkan banjir di tiga desa.',
      'Dapur umum di Balai Desa Sendangadi.',
      'Sendangadi',
      'Informasi berikutnya akan disampaikan pada 28 November 2026, 16.00 WIB.',
      'Drs. Bambang Wibowo',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('DRAF');
  });

  it('PDF: pdf.js finds the same, on A4 pages with numbers', async () => {
    const { text, pages } = await pdfText(await renderOutput(sample(), 'pdf'));
    expect(pages).toBe(1);
    for (const expected of [
      'SIARAN PERS',
      'Nomor: 007/SP/HUMAS/XI/2026',
      'Banjir di Kecamatan Mlati',
      'Hujan deras sejak Senin malam',
      'Posko kesehatan 24 jam.',
      'Drs. Bambang Wibowo',
      '1 / 1',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('the media contact block always carries a phone number: their own, else the office line', () => {
    const withoutPhone = {
      fullName: 'Dewi Anggraini',
      position: 'Staf Humas',
      phone: '',
      email: 'dewi@slemankab.go.id',
    };
    const blocks = statementDocument(sample({ mediaContact: withoutPhone })).contactBlocks;
    expect(blocks.find((block) => block.heading === 'Narahubung Media')?.lines).toEqual([
      'Dewi Anggraini',
      'Staf Humas',
      'Telp. (0274) 868405',
      'Surel dewi@slemankab.go.id',
    ]);
    const own = statementDocument(sample({ mediaContact: { ...withoutPhone, phone: '0812 2233 4455' } })).contactBlocks;
    expect(own.find((block) => block.heading === 'Narahubung Media')?.lines).toContain('Telp. 0812 2233 4455');
  });

  it('PDF: every font is embedded (the document looks the same on every machine), names beyond Latin-1 included', async () => {
    const pdf = await renderOutput(
      sample({ spokesperson: { fullName: 'Nguyễn Thị Ánh — Ōsaka', position: 'Juru Bicara', phone: '', email: '' } }),
      'pdf',
    );
    const raw = pdf.toString('latin1');
    const fonts = [...raw.matchAll(/\/BaseFont\s*\/([\w+-]+)/g)].map((match) => match[1]!);
    expect(fonts.length).toBeGreaterThan(0);
    // Subset-embedded TrueType faces ("ABCDEF+DejaVuSerif-Bold"), never a reader's substitute.
    expect(fonts.every((name) => /^[A-Z]{6}\+DejaVuSerif/.test(name))).toBe(true);
    expect((raw.match(/\/FontFile2/g) ?? []).length).toBe(new Set(fonts).size);
    expect((await pdfText(pdf)).text).toContain('Nguyễn Thị Ánh — Ōsaka');
  });

  it('a revision that is not approved says DRAF on every page of every form, and has no number', async () => {
    const draft = sample({ approved: false, number: null });
    const long = sample(
      { approved: false, number: null },
      {
        body: normalizeRichText({
          type: 'doc',
          content: Array.from({ length: 40 }, (_, i) =>
            paragraph(`Paragraf ${i + 1}. ${'Penjelasan rinci kejadian. '.repeat(12)}`),
          ),
        }),
      },
    );
    const pdf = await pdfText(await renderOutput(long, 'pdf'));
    expect(pdf.pages).toBeGreaterThan(2);
    expect(pdf.text.match(/DRAF — BELUM DISETUJUI/g)?.length).toBe(pdf.pages);
    expect(await docxText(await renderOutput(draft, 'docx'))).not.toContain('Nomor:');
    for (const format of ['html', 'txt', 'whatsapp', 'x'] as const) {
      expect((await renderOutput(draft, format)).toString('utf8'), format).toContain('DRAF');
    }
  });

  it('an SVG logo is drawn into DOCX and PDF (rasterised)', async () => {
    const withSvg = sample({ office: { ...sample().office, logo: { mimeType: 'image/svg+xml', data: svgLogo } } });
    const docx = await renderOutput(withSvg, 'docx');
    expect(docx.includes(Buffer.from('word/media/'))).toBe(true);
    const pdf = await renderOutput(withSvg, 'pdf');
    expect(pdf.includes(Buffer.from('/Subtype /Image'))).toBe(true);
  });

  it('HTML stays inert after an XSS corpus', async () => {
    const corpus = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      "javascript:alert('x')",
      '</title><script>alert(2)</script>',
      '<a href="javascript:alert(3)">x</a>',
      '<iframe src="https://evil.example"></iframe>',
      '{{constructor.constructor("alert(4)")()}}',
    ];
    const hostile = sample(
      { spokesperson: { fullName: corpus[1]!, position: corpus[2]!, phone: '', email: '' } },
      {
        title: corpus[4]!,
        summary: corpus[0]!,
        datelinePlace: corpus[6]!,
        body: normalizeRichText({
          type: 'doc',
          content: [
            ...corpus.map(paragraph),
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'tautan', marks: [{ type: 'link', attrs: { href: 'javascript:alert(5)' } }] },
                {
                  type: 'text',
                  text: 'data',
                  marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(6)</script>' } }],
                },
                {
                  type: 'text',
                  text: 'ok',
                  marks: [{ type: 'link', attrs: { href: 'https://slemankab.go.id/?a="><script>' } }],
                },
              ],
            },
          ],
        }),
      },
    );
    const html = (await renderOutput(hostile, 'html')).toString('utf8');
    const { document } = new JSDOM(html).window;
    expect(document.querySelectorAll('script, iframe, svg, object, embed').length).toBe(0);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name.startsWith('on'), `${element.tagName} ${attribute.name}`).toBe(false);
        expect(attribute.value.trim().toLowerCase().startsWith('javascript:')).toBe(false);
      }
    }
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://slemankab.go.id/?a="><script>']);
    // The hostile text is still there, as text.
    expect(document.body.textContent).toContain('<script>alert(1)</script>');
  });

  it('WhatsApp uses its own markup; the X thread is numbered and every post fits 280 characters', async () => {
    const whatsapp = (await renderOutput(sample(), 'whatsapp')).toString('utf8');
    expect(whatsapp).toContain('*Banjir di Kecamatan Mlati*');
    expect(whatsapp).toContain('*Penanganan*');
    expect(whatsapp).toContain('- Dapur umum di Balai Desa Sendangadi.');
    const thread = (await renderOutput(sample(), 'x')).toString('utf8').trim().split('\n\n---\n\n');
    expect(thread.length).toBeGreaterThan(1);
    thread.forEach((post, index) => {
      expect(post.length).toBeLessThanOrEqual(280);
      expect(post.endsWith(` ${index + 1}/${thread.length}`)).toBe(true);
    });
  });
});
