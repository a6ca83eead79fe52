import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/ipc/preferences';
import { menuLabels } from './menuLabels';

export interface MenuContext {
  language: Language;
  isMac: boolean;
  /** Reload and developer tools only outside a packaged build. */
  isPackaged: boolean;
  onAbout: () => void;
}

/** The application menu in the interface language. Pure, so both languages are unit-tested. */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const l = menuLabels[context.language];
  const developer: MenuItemConstructorOptions[] = context.isPackaged
    ? []
    : [{ role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.devTools }, { type: 'separator' }];
  const about: MenuItemConstructorOptions = { label: l.about, click: context.onAbout };

  const macApp: MenuItemConstructorOptions[] = context.isMac
    ? [
        {
          label: 'Siaga',
          submenu: [
            about,
            { type: 'separator' },
            { role: 'hide', label: l.hide },
            { role: 'hideOthers', label: l.hideOthers },
            { role: 'unhide', label: l.showAll },
            { type: 'separator' },
            { role: 'quit', label: l.quit },
          ],
        },
      ]
    : [];

  return [
    ...macApp,
    { label: l.file, submenu: [context.isMac ? { role: 'close', label: l.close } : { role: 'quit', label: l.quit }] },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        ...developer,
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    {
      label: l.window,
      submenu: [
        { role: 'minimize', label: l.minimize },
        { role: 'close', label: l.close },
      ],
    },
    { label: l.help, submenu: context.isMac ? [] : [about] },
  ];
}
