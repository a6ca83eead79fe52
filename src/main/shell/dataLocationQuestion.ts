import type { Language } from '../../shared/ipc/preferences';
import type { DataLocationQuestion } from './dataLocation';

/**
 * The first-run questions (dataLocation.ts), asked in a native dialog before the core opens any
 * store — the renderer and its i18n files are not up yet, so the words live here, like the menu's
 * (a test checks both languages are complete and say the same things).
 */
export const dataLocationWords = {
  id: {
    join: {
      title: 'Di mana data kantor disimpan?',
      message: 'Komputer ini sudah punya data Siaga bersama.',
      detail:
        'Data bersama di {shared} dipakai oleh akun Windows lain di komputer ini. Gunakan data itu agar catatan kantor tidak terpecah. ' +
        'Pilih data terpisah hanya jika akun ini memang meja kerja sendiri; data terpisah disimpan di {own}. ' +
        'Pilihan ini diingat untuk akun ini.',
      primary: 'Gunakan data bersama',
      secondary: 'Data terpisah untuk akun ini',
    },
    bring: {
      title: 'Pindahkan catatan ke data bersama?',
      message: 'Siaga kini dipasang untuk semua pengguna komputer ini.',
      detail:
        'Akun ini punya catatan Siaga di {own}, sedangkan data bersama di {shared} masih kosong. ' +
        'Salin catatan akun ini ke sana agar semua akun di komputer ini memakai catatan yang sama; salinan asli tidak diubah. ' +
        'Pilihan ini diingat untuk akun ini.',
      primary: 'Salin ke data bersama',
      secondary: 'Tetap pakai data akun ini',
    },
    quit: 'Keluar',
    bringFailed:
      'Catatan tidak dapat disalin ke {shared}: {reason}. Catatan akun ini tidak berubah; Siaga akan ditutup.',
  },
  en: {
    join: {
      title: "Where are the office's records kept?",
      message: 'This computer already has shared Siaga data.',
      detail:
        "The shared data in {shared} is used by other Windows accounts on this computer. Use it so the office's records are not split. " +
        'Choose separate data only if this account is really a desk of its own; separate data is kept in {own}. ' +
        'The choice is remembered for this account.',
      primary: 'Use the shared data',
      secondary: 'Separate data for this account',
    },
    bring: {
      title: 'Bring the records to the shared data?',
      message: 'Siaga is now installed for everyone who uses this computer.',
      detail:
        'This account has Siaga records in {own}, while the shared data in {shared} is still empty. ' +
        "Copy this account's records there so every account on this computer uses the same records; the original stays as it is. " +
        'The choice is remembered for this account.',
      primary: 'Copy to the shared data',
      secondary: "Keep this account's data",
    },
    quit: 'Quit',
    bringFailed:
      "The records could not be copied to {shared}: {reason}. This account's records are unchanged; Siaga will close.",
  },
} as const;

export type DataLocationAnswer = 'shared' | 'own' | 'quit';

/** The dialog's options: the shared data first and default, Quit on Escape. */
export function dataLocationDialog(
  language: Language,
  question: DataLocationQuestion,
  folders: { shared: string; own: string },
) {
  const words = dataLocationWords[language];
  const asked = words[question];
  const answers: DataLocationAnswer[] = ['shared', 'own', 'quit'];
  return {
    options: {
      type: 'question' as const,
      title: asked.title,
      message: asked.message,
      detail: asked.detail.replace('{shared}', folders.shared).replace('{own}', folders.own),
      buttons: [asked.primary, asked.secondary, words.quit],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    },
    /** The answer for the button the person pressed. */
    answer: (response: number): DataLocationAnswer => answers[response] ?? 'quit',
  };
}
