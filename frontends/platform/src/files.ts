/** A generated file the server sends as base64 (Excel exports, PDFs). */
export interface FileDownload {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** An object URL for the file (revoke it when done). */
export function fileObjectUrl(file: FileDownload): string {
  return URL.createObjectURL(new Blob([base64ToBytes(file.contentBase64)], { type: file.contentType }));
}

/** Saves the file through a temporary link (works after an await, unlike window.open). */
export function saveFile(file: FileDownload): void {
  const url = fileObjectUrl(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
