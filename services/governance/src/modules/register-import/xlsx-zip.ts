import { createInflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { XLSX_LIMITS, XlsxProblem, type XlsxLimits } from './xlsx-limits.js';

const INFLATE_CHUNK = 256 * 1024;
/** Largest piece handed on at once, so the XML limits are checked often even in stored (uncompressed) entries. */
const PIECE = 64 * 1024;

/**
 * The entries of an uploaded .xlsx, read with yauzl. Before anything is inflated, the central
 * directory must pass the limits: entry count, total declared size, each entry's ratio. While an
 * entry is inflated, its bytes are counted against its declared size and the total, so a header
 * that lies about the size stops the read where the lie shows.
 */
export class XlsxZip {
  /** Uncompressed bytes read so far, of all entries. */
  inflated = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: ReadonlyMap<string, Entry>,
    private readonly limits: XlsxLimits,
  ) {}

  static async open(buf: Buffer, limits: XlsxLimits = XLSX_LIMITS): Promise<XlsxZip> {
    if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0) throw new XlsxProblem('LEGACY_XLS');
    let zip: ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true });
    } catch (e) {
      throw new XlsxProblem('NOT_ZIP', { detail: (e as Error).message });
    }
    if (zip.entryCount > limits.maxEntries)
      throw new XlsxProblem('TOO_MANY_ENTRIES', { detail: String(zip.entryCount) });
    const entries = new Map<string, Entry>();
    let total = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        const name = entry.fileName;
        if (entry.isEncrypted()) throw new XlsxProblem('ENCRYPTED');
        if (entries.has(name)) throw new XlsxProblem('BAD_ZIP', { entry: name, detail: 'duplicate entry' });
        if (name.endsWith('/')) continue;
        if (!entry.canDecodeFileData())
          throw new XlsxProblem('BAD_ZIP', { entry: name, detail: `compression method ${entry.compressionMethod}` });
        if (
          entry.uncompressedSize > limits.ratioFloorBytes &&
          entry.uncompressedSize > entry.compressedSize * limits.maxRatio
        ) {
          throw new XlsxProblem('RATIO', { entry: name, detail: `${entry.uncompressedSize}/${entry.compressedSize}` });
        }
        total += entry.uncompressedSize;
        if (total > limits.maxTotalBytes) throw new XlsxProblem('TOO_LARGE', { entry: name });
        entries.set(name, entry);
      }
    } catch (e) {
      if (e instanceof XlsxProblem) throw e;
      throw new XlsxProblem('NOT_ZIP', { detail: (e as Error).message });
    }
    return new XlsxZip(zip, entries, limits);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** The declared uncompressed size of an entry (0 when there is none). */
  size(path: string): number {
    return this.entries.get(path)?.uncompressedSize ?? 0;
  }

  /** The inflated bytes of an entry, in pieces; a lie about its size or the total stops it. */
  async *read(path: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(path);
    if (!entry) throw new XlsxProblem('NOT_XLSX', { entry: path });
    // the raw bytes from yauzl, inflated here in big chunks (zlib's default 16 KB chunks left the parser waiting)
    const raw = await this.zip.openReadStreamPromise(entry, { decodeFileData: false });
    const stream = entry.compressionMethod === 8 ? raw.pipe(createInflateRaw({ chunkSize: INFLATE_CHUNK })) : raw;
    raw.on('error', (e) => stream.destroy(e));
    let bytes = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        this.inflated += chunk.length;
        if (bytes > entry.uncompressedSize) throw new XlsxProblem('SIZE_MISMATCH', { entry: path });
        if (this.inflated > this.limits.maxTotalBytes) throw new XlsxProblem('TOO_LARGE', { entry: path });
        for (let at = 0; at < chunk.length; at += PIECE) yield chunk.subarray(at, at + PIECE);
      }
      if (bytes < entry.uncompressedSize) throw new XlsxProblem('SIZE_MISMATCH', { entry: path });
    } catch (e) {
      if (e instanceof XlsxProblem) throw e;
      const message = (e as Error).message;
      throw new XlsxProblem('BAD_ZIP', { entry: path, detail: message });
    } finally {
      raw.unpipe();
      raw.destroy();
      stream.destroy();
    }
  }
}
