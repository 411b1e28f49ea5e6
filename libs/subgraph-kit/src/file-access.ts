import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readAll, type FileStorage } from './file-storage.js';
import type { GetRouteHandler } from './server.js';

/** The image types a phone photo arrives as, told by their first bytes (the declared type is not believed). */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export function imageTypeOf(bytes: Buffer): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  return null;
}

export const FILE_ROUTE = '/files/';
const ID = /^[0-9a-f-]{36}$/;
/** A link stays valid for this long at least; rounded to the hour so a page reloaded soon reuses the cached copy. */
const LINK_HOURS = 1;

/**
 * Files kept in a FileStorage and handed to the browser by short-lived signed links: the GraphQL
 * field that names a file returns `/files/<id>?exp=…&sig=…` only to a caller allowed to see it, and
 * GET /files/… (proxied by the gateway and the shell's server) serves it while the signature holds.
 */
export class FileAccess {
  private readonly key: Buffer;

  constructor(
    readonly storage: FileStorage,
    secret: string,
    /** Storage folder of the served files: `<folder>/<id>`. */
    private readonly folder = 'attachments',
  ) {
    // a key of its own, so a link signature can never stand in for a gateway request signature
    this.key = createHmac('sha256', secret).update('xiangzhi file links').digest();
  }

  storageKey(id: string): string {
    return `${this.folder}/${id}`;
  }

  private sign(id: string, exp: number): string {
    return createHmac('sha256', this.key).update(`${id}:${exp}`).digest('base64url');
  }

  /** A link valid until the end of the next full hour. */
  url(id: string, now = Date.now()): string {
    const hour = 3600_000;
    const exp = Math.ceil(now / hour + LINK_HOURS) * 3600;
    return `${FILE_ROUTE}${id}?exp=${exp}&sig=${this.sign(id, exp)}`;
  }

  /** The id the link names, or null when it is malformed, forged or expired. */
  verify(pathAndQuery: string, now = Date.now()): string | null {
    const url = new URL(pathAndQuery, 'http://localhost');
    const id = url.pathname.slice(FILE_ROUTE.length);
    const exp = Number(url.searchParams.get('exp'));
    const sig = Buffer.from(url.searchParams.get('sig') ?? '');
    if (!url.pathname.startsWith(FILE_ROUTE) || !ID.test(id) || !Number.isInteger(exp) || exp * 1000 < now) return null;
    const want = Buffer.from(this.sign(id, exp));
    return sig.length === want.length && timingSafeEqual(sig, want) ? id : null;
  }

  /** GET /files/<id>?exp&sig: the image, private to the browser that asked, cached until the link expires. */
  readonly handler: GetRouteHandler = async (req: IncomingMessage, res: ServerResponse) => {
    const id = this.verify(req.url ?? '/');
    if (!id) return plain(res, 403, '链接无效或已过期，请刷新页面');
    const stream = await this.storage.get(this.storageKey(id));
    if (!stream) return plain(res, 404, '文件不存在');
    const bytes = await readAll(stream);
    const exp = Number(new URL(req.url ?? '/', 'http://localhost').searchParams.get('exp'));
    res.writeHead(200, {
      'content-type': imageTypeOf(bytes) ?? 'application/octet-stream',
      'content-length': bytes.length,
      'cache-control': `private, max-age=${Math.max(0, exp - Math.floor(Date.now() / 1000))}`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}
