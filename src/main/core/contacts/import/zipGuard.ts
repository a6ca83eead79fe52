/** Limits for a zip container (XLSX) before anything is inflated. */
export const zipLimits = {
  /** All entries together, uncompressed. A real contact workbook of 100,000 rows is ~60 MB. */
  maxTotalBytes: 300 * 1024 * 1024,
  /** A zip bomb compresses thousands to one; XML compresses ~10–20 to one. */
  maxRatio: 200,
  maxEntries: 10_000,
};

export type ZipCheck =
  { ok: true; entries: number; totalBytes: number } | { ok: false; reason: 'zip_invalid' | 'zip_too_large' };

/**
 * Reads a zip's central directory (sizes as declared, nothing inflated) and refuses what would
 * blow up when opened: too many entries, too many bytes, an extreme compression ratio, or Zip64
 * sizes (which an honest spreadsheet of contacts never needs).
 */
export function checkZip(data: Buffer): ZipCheck {
  // End of central directory: 22 bytes plus a comment of at most 65,535.
  const searchFrom = Math.max(0, data.length - 22 - 65_535);
  let end = -1;
  for (let offset = data.length - 22; offset >= searchFrom; offset -= 1) {
    if (data.readUInt32LE(offset) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: 'zip_invalid' };
  const entries = data.readUInt16LE(end + 10);
  const directoryOffset = data.readUInt32LE(end + 16);
  if (entries > zipLimits.maxEntries) return { ok: false, reason: 'zip_too_large' };
  let offset = directoryOffset;
  let totalBytes = 0;
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50)
      return { ok: false, reason: 'zip_invalid' };
    const compressed = data.readUInt32LE(offset + 20);
    const uncompressed = data.readUInt32LE(offset + 24);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return { ok: false, reason: 'zip_too_large' };
    totalBytes += uncompressed;
    if (totalBytes > zipLimits.maxTotalBytes) return { ok: false, reason: 'zip_too_large' };
    if (uncompressed > 1024 * 1024 && uncompressed / Math.max(compressed, 1) > zipLimits.maxRatio) {
      return { ok: false, reason: 'zip_too_large' };
    }
    offset += 46 + data.readUInt16LE(offset + 28) + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
  }
  return { ok: true, entries, totalBytes };
}
