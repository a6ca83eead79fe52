/** Saves bytes the core sent (base64) as a file through the browser's download. */
export function downloadBase64(fileName: string, mimeType: string, dataBase64: string): void {
  const bytes = Uint8Array.from(atob(dataBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Decodes UTF-8 text the core sent as base64. */
export function base64Text(dataBase64: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(dataBase64), (char) => char.charCodeAt(0)));
}
