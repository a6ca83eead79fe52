import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * SQLite's locking and WAL shared memory do not work reliably over network file systems (SMB,
 * NFS): two machines opening the same file can corrupt it. A data folder on a network share is
 * refused before anything is opened.
 */
export class NetworkShareError extends Error {
  readonly reason = 'networkShare';
  constructor(readonly dataDir: string) {
    super(`The data folder ${dataDir} is on a network share; Siaga keeps its data on a local disk only.`);
    this.name = 'NetworkShareError';
  }
}

/** Network file systems as Linux names them in /proc/self/mounts. */
const networkTypes = /^(nfs\d?|cifs|smb\d?|smbfs|sshfs|fuse\.sshfs|afs|ceph|glusterfs|davfs|fuse\.rclone)$/;

/** `\\server\share\…`, `\\?\UNC\server\share\…` or `//server/share/…`; not `\\?\C:\…` (a local long path). */
export function isUncPath(path: string): boolean {
  const backslashed = path.replace(/\//g, '\\');
  if (/^\\\\\?\\UNC\\/i.test(backslashed)) return true;
  if (/^\\\\[?.]\\/.test(backslashed)) return false;
  return /^\\\\[^\\]+\\[^\\]+/.test(backslashed);
}

/**
 * The file-system type of the mount holding `path` on Linux (the longest mount point that
 * prefixes it), or null where that cannot be read.
 */
export function linuxMountType(path: string, mounts = readMounts()): string | null {
  if (!mounts) return null;
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [, point, type] = line.split(' ');
    if (!point || !type) continue;
    // Mount points escape spaces as \040.
    const mountPoint = point.replace(/\\040/g, ' ');
    const inside = path === mountPoint || path.startsWith(mountPoint.endsWith('/') ? mountPoint : `${mountPoint}/`);
    if (inside && (!best || mountPoint.length > best.point.length)) best = { point: mountPoint, type };
  }
  return best?.type ?? null;
}

function readMounts(): string | null {
  if (process.platform !== 'linux') return null;
  try {
    return readFileSync('/proc/self/mounts', 'utf8');
  } catch {
    return null;
  }
}

export function refuseNetworkShare(dataDir: string, mounts?: string | null): void {
  if (isUncPath(dataDir)) throw new NetworkShareError(dataDir);
  const type = linuxMountType(resolve(dataDir), mounts === undefined ? readMounts() : mounts);
  if (type && networkTypes.test(type)) throw new NetworkShareError(dataDir);
}
