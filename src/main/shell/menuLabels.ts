import type { Language } from '../../shared/ipc/preferences';

/**
 * The application menu's words. The menu is drawn by the shell before the renderer loads, so it
 * cannot use the renderer's i18n files; keep these two in step (a test checks both are complete).
 */
export const menuLabels = {
  id: {
    file: 'Berkas',
    edit: 'Sunting',
    view: 'Tampilan',
    window: 'Jendela',
    help: 'Bantuan',
    quit: 'Keluar',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    selectAll: 'Pilih Semua',
    reload: 'Muat Ulang',
    devTools: 'Alat Pengembang',
    resetZoom: 'Ukuran Asli',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    fullScreen: 'Layar Penuh',
    minimize: 'Perkecil Jendela',
    close: 'Tutup Jendela',
    about: 'Tentang Siaga',
    hide: 'Sembunyikan Siaga',
    hideOthers: 'Sembunyikan Lainnya',
    showAll: 'Tampilkan Semua',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    quit: 'Quit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    minimize: 'Minimize',
    close: 'Close Window',
    about: 'About Siaga',
    hide: 'Hide Siaga',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MenuLabels = Record<keyof (typeof menuLabels)['id'], string>;
