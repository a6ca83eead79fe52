import type { Language } from '../../shared/ipc/preferences';

/**
 * The first-run question (dataLocation.ts, case 5), asked in a native dialog before the core opens
 * any store — the renderer and its i18n files are not up yet, so the words live here, like the
 * menu's (a test checks both languages are complete and say the same things).
 */
export const dataLocationWords = {
  id: {
    title: 'Di mana data kantor disimpan?',
    message: 'Komputer ini sudah punya data Siaga bersama.',
    detail:
      'Data bersama di {shared} dipakai oleh akun Windows lain di komputer ini. Gunakan data itu agar catatan kantor tidak terpecah. ' +
      'Pilih data terpisah hanya jika akun ini memang meja kerja sendiri; data terpisah disimpan di {own}. ' +
      'Pilihan ini diingat; pengelola TI dapat mengubahnya dengan memasang ulang atau lewat SIAGA_DATA_DIR.',
    useShared: 'Gunakan data bersama',
    useOwn: 'Data terpisah untuk akun ini',
    quit: 'Keluar',
  },
  en: {
    title: "Where are the office's records kept?",
    message: 'This computer already has shared Siaga data.',
    detail:
      "The shared data in {shared} is used by other Windows accounts on this computer. Use it so the office's records are not split. " +
      'Choose separate data only if this account is really a desk of its own; separate data is kept in {own}. ' +
      'The choice is remembered; the IT person can change it by reinstalling or through SIAGA_DATA_DIR.',
    useShared: 'Use the shared data',
    useOwn: 'Separate data for this account',
    quit: 'Quit',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type DataLocationAnswer = 'shared' | 'own' | 'quit';

/** The dialog's options: the shared data first and default, Quit on Escape. */
export function dataLocationDialog(language: Language, folders: { shared: string; own: string }) {
  const words = dataLocationWords[language];
  const answers: DataLocationAnswer[] = ['shared', 'own', 'quit'];
  return {
    options: {
      type: 'question' as const,
      title: words.title,
      message: words.message,
      detail: words.detail.replace('{shared}', folders.shared).replace('{own}', folders.own),
      buttons: [words.useShared, words.useOwn, words.quit],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    },
    /** The answer for the button the person pressed. */
    answer: (response: number): DataLocationAnswer => answers[response] ?? 'quit',
  };
}
