import type { Language } from '../../ipc/preferences';
import type { StatementKind } from '../workflow';

/**
 * Words printed on a statement's documents, in the statement's own language (which may differ
 * from the interface language of whoever exports it). The interface's own strings stay in the
 * renderer's locale files.
 */
export const outputLabels = {
  id: {
    kinds: {
      press_release: 'SIARAN PERS',
      official_statement: 'PERNYATAAN RESMI',
      holding_statement: 'PERNYATAAN AWAL',
      update: 'UPDATE BERKALA',
      hoax_clarification: 'KLARIFIKASI HOAKS',
      qa: 'TANYA-JAWAB',
      talking_points: 'POIN BICARA',
      social_post: 'UNGGAHAN MEDIA SOSIAL',
    } satisfies Record<StatementKind, string>,
    number: 'Nomor',
    draft: 'DRAF — BELUM DISETUJUI',
    draftShort: 'DRAF',
    embargo: 'EMBARGO: tidak untuk disiarkan sebelum',
    nextUpdate: 'Informasi berikutnya akan disampaikan pada',
    spokesperson: 'Juru Bicara',
    mediaContact: 'Narahubung Media',
    phone: 'Telp.',
    email: 'Surel',
    attachments: 'Lampiran',
    corrects: 'Ralat atas',
    correctionPrefix: 'Ralat',
    retractionPrefix: 'Pencabutan',
    figureSource: 'sumber',
    figureAsOf: 'per',
    affectedAreas: 'Wilayah terdampak',
    optOutSubject: 'Berhenti berlangganan',
    optOutLine:
      'Anda menerima surel ini karena tercatat sebagai kontak media kami. Tidak ingin menerimanya lagi? Balas dengan subjek "Berhenti berlangganan".',
  },
  en: {
    kinds: {
      press_release: 'PRESS RELEASE',
      official_statement: 'OFFICIAL STATEMENT',
      holding_statement: 'HOLDING STATEMENT',
      update: 'PERIODIC UPDATE',
      hoax_clarification: 'HOAX CLARIFICATION',
      qa: 'QUESTIONS AND ANSWERS',
      talking_points: 'TALKING POINTS',
      social_post: 'SOCIAL MEDIA POST',
    } satisfies Record<StatementKind, string>,
    number: 'Number',
    draft: 'DRAFT — NOT APPROVED',
    draftShort: 'DRAFT',
    embargo: 'EMBARGOED: not for publication before',
    nextUpdate: 'The next update will be given at',
    spokesperson: 'Spokesperson',
    mediaContact: 'Media contact',
    phone: 'Phone',
    email: 'Email',
    attachments: 'Attachments',
    corrects: 'Correction of',
    correctionPrefix: 'Correction',
    retractionPrefix: 'Retraction',
    figureSource: 'source',
    figureAsOf: 'as of',
    affectedAreas: 'Areas affected',
    optOutSubject: 'Unsubscribe',
    optOutLine:
      'You receive this e-mail because you are one of our media contacts. No longer wish to? Reply with the subject "Unsubscribe".',
  },
} as const satisfies Record<Language, unknown>;

export type OutputLabels = (typeof outputLabels)[Language];
