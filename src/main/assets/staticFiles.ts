import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** index.html must never be cached (it names the hashed assets); assets can be. */
  cacheable: boolean;
}

/**
 * Maps a URL path to a file inside `root`, or undefined. Encoded dots, backslashes and NUL
 * bytes cannot lead outside `root`: the decoded, normalised path must still start with it.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  return full.startsWith(base) ? full : undefined;
}

export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  const path = resolveStaticPath(root, urlPath);
  if (!path) return undefined;
  try {
    if (!(await stat(path)).isFile()) return undefined;
    const body = await readFile(path);
    const contentType = contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
    return { body, contentType, cacheable: !path.endsWith('index.html') };
  } catch {
    return undefined;
  }
}
