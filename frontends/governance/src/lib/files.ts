// type only: the platform module owns the shape (and saveFile / fileObjectUrl)
export type { FileDownload } from '@xiangzhi/platform';

export const FILE_DOWNLOAD_FIELDS = 'fileName contentType contentBase64';

const CHUNK = 0x8000;

/** Base64 of bytes, in chunks so a large workbook does not overflow the argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(index, index + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The server refuses larger workbooks (register-import: 18 MB). */
export const MAX_IMPORT_BYTES = 18 * 1024 * 1024;
