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
