import { rasterSvg } from '../../documents/svgRaster';

export interface RasterImage {
  type: 'png' | 'jpg';
  data: Buffer;
  width: number;
  height: number;
}

function pngSize(data: Buffer): { width: number; height: number } {
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Width and height from a JPEG's start-of-frame marker. */
function jpegSize(data: Buffer): { width: number; height: number } {
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return { width: 0, height: 0 };
    const marker = data[offset + 1] ?? 0;
    const length = data.readUInt16BE(offset + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return { width: 0, height: 0 };
}

/** The office logo as a PNG or JPEG with its pixel size (SVG logos are drawn at 300 px wide). */
export async function rasterLogo(logo: { mimeType: string; data: Uint8Array } | null): Promise<RasterImage | null> {
  if (!logo) return null;
  const data = Buffer.from(logo.data);
  if (logo.mimeType === 'image/png') return { type: 'png', data, ...pngSize(data) };
  if (logo.mimeType === 'image/jpeg') {
    const size = jpegSize(data);
    return size.width > 0 ? { type: 'jpg', data, ...size } : null;
  }
  return { type: 'png', ...(await rasterSvg(data.toString('utf8'), 300)) };
}

/** Scales a size to fit a box, keeping its aspect ratio. */
export function fitInto(size: { width: number; height: number }, box: number): { width: number; height: number } {
  if (size.width <= 0 || size.height <= 0) return { width: box, height: box };
  const scale = Math.min(box / size.width, box / size.height);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}
