import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeStartupError } from '../worker/startupError';
import { openStore } from './store';
import { isUncPath, linuxMountType, NetworkShareError, refuseNetworkShare } from './networkShare';

const mounts = [
  '/dev/sda1 / ext4 rw,relatime 0 0',
  'server:/export /mnt/nfs nfs4 rw,relatime 0 0',
  '//nas/humas /mnt/humas\\040share cifs rw 0 0',
  'tmpfs /mnt/nfs/tmp tmpfs rw 0 0',
].join('\n');

describe('data folders on a network share', () => {
  it('recognises UNC paths, but not local long paths or device paths', () => {
    expect(isUncPath('\\\\nas-humas\\siaga')).toBe(true);
    expect(isUncPath('//nas-humas/siaga/data')).toBe(true);
    expect(isUncPath('\\\\?\\UNC\\nas-humas\\siaga')).toBe(true);
    expect(isUncPath('\\\\?\\C:\\Users\\humas\\Siaga')).toBe(false);
    expect(isUncPath('C:\\Users\\humas\\AppData\\Roaming\\Siaga')).toBe(false);
    expect(isUncPath('/home/humas/.config/Siaga')).toBe(false);
  });

  it('reads the mount holding a folder on Linux: the longest mount point wins', () => {
    expect(linuxMountType('/home/humas/Siaga', mounts)).toBe('ext4');
    expect(linuxMountType('/mnt/nfs/siaga', mounts)).toBe('nfs4');
    expect(linuxMountType('/mnt/nfs/tmp/siaga', mounts)).toBe('tmpfs');
    expect(linuxMountType('/mnt/nfsother', mounts)).toBe('ext4');
    expect(linuxMountType('/mnt/humas share/siaga', mounts)).toBe('cifs');
    expect(linuxMountType('/anything', null)).toBeNull();
  });

  it('refuses a share with an error that names the folder and its reason', () => {
    expect(() => refuseNetworkShare('\\\\nas-humas\\siaga', null)).toThrow(NetworkShareError);
    expect(() => refuseNetworkShare('/mnt/nfs/siaga', mounts)).toThrow(/network share/);
    expect(() => refuseNetworkShare('/mnt/humas share/siaga', mounts)).toThrow(NetworkShareError);
    expect(() => refuseNetworkShare('/home/humas/Siaga', mounts)).not.toThrow();
    let refused: unknown;
    try {
      refuseNetworkShare('//nas/siaga', null);
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ reason: 'networkShare', dataDir: '//nas/siaga' });
  });

  it('is refused by the store before anything is created, and explained to the person starting the app', async () => {
    const share = '\\\\nas-humas\\siaga';
    const refused = await openStore({ dataDir: share }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(NetworkShareError);
    expect(existsSync(share)).toBe(false);
    expect(describeStartupError(refused)).toEqual({
      code: 'INTERNAL',
      message: expect.stringContaining('network share'),
      details: { reason: 'networkShare', dataDir: share },
    });
  });
});
