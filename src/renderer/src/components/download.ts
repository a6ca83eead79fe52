/** Saves a file through the browser's download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves bytes the core sent (base64) as a file. */
export function downloadBase64(fileName: string, mimeType: string, dataBase64: string): void {
  const bytes = Uint8Array.from(atob(dataBase64), (char) => char.charCodeAt(0));
  downloadBlob(fileName, new Blob([bytes], { type: mimeType }));
}

/** Decodes UTF-8 text the core sent as base64. */
export function base64Text(dataBase64: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(dataBase64), (char) => char.charCodeAt(0)));
}
