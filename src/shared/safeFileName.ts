/**
 * The name a file is kept and offered under: no path separators, drive colons, control
 * characters or names made only of dots, so no later download or export can reach outside its
 * folder with it ("../../etc/passwd" becomes ".._.._etc_passwd", ".." becomes "_"). Uploads and
 * the attachment names a statement's content carries are both cleaned with it.
 */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').trim();
  return /^\.*$/.test(clean) ? '_' : clean;
}

/** A readable, portable piece of a file name from a title or name: "Kesehatan Jawa Barat" → "Kesehatan-Jawa-Barat". */
export function fileStem(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max)
    .replace(/-$/, '');
}
