import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuLabels } from './menuLabels';
import { buildMenuTemplate } from './menuTemplate';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('has the same words in Indonesian and English', () => {
    expect(Object.keys(menuLabels.en).sort()).toEqual(Object.keys(menuLabels.id).sort());
  });

  it('is drawn in the interface language', () => {
    const id = labels(buildMenuTemplate({ language: 'id', isMac: false, isPackaged: true, onAbout: () => undefined }));
    const en = labels(buildMenuTemplate({ language: 'en', isMac: false, isPackaged: true, onAbout: () => undefined }));
    expect(id).toContain('Berkas');
    expect(id).toContain('Tentang Siaga');
    expect(en).toContain('File');
    expect(id.every((label) => !en.includes(label) || label === 'Siaga')).toBe(true);
  });

  it('leaves reload and developer tools out of a packaged build', () => {
    const packaged = labels(
      buildMenuTemplate({ language: 'en', isMac: false, isPackaged: true, onAbout: () => undefined }),
    );
    const dev = labels(
      buildMenuTemplate({ language: 'en', isMac: false, isPackaged: false, onAbout: () => undefined }),
    );
    expect(packaged).not.toContain('Developer Tools');
    expect(dev).toContain('Developer Tools');
  });

  it('puts an app menu first on macOS', () => {
    const mac = buildMenuTemplate({ language: 'id', isMac: true, isPackaged: true, onAbout: () => undefined });
    expect(mac[0]?.label).toBe('Siaga');
  });
});
