import { describe, expect, it } from 'vitest';
import { electronUserDataDir, resolveDataDir } from './dataDir';

describe('data directory', () => {
  it('matches Electron userData for "Siaga" on each OS', () => {
    expect(electronUserDataDir({ platform: 'linux', env: {}, home: '/home/ani' })).toBe('/home/ani/.config/Siaga');
    expect(electronUserDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/x' }, home: '/home/ani' })).toBe(
      '/x/Siaga',
    );
    expect(electronUserDataDir({ platform: 'darwin', env: {}, home: '/Users/ani' })).toBe(
      '/Users/ani/Library/Application Support/Siaga',
    );
    expect(
      electronUserDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:/Users/ani/AppData/Roaming' },
        home: 'C:/Users/ani',
      }),
    ).toContain('Roaming');
  });

  it('prefers --data-dir, then SIAGA_DATA_DIR', () => {
    const where = { platform: 'linux' as const, env: { SIAGA_DATA_DIR: '/env' }, home: '/h' };
    expect(resolveDataDir('/flag', where)).toBe('/flag');
    expect(resolveDataDir(undefined, where)).toBe('/env');
    expect(resolveDataDir(undefined, { ...where, env: {} })).toBe('/h/.config/Siaga');
  });
});
