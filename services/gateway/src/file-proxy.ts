import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';

/** Path of the files governance serves by signed link (its FILE_ROUTE). */
export const FILES_PATH = '/files/';
const PASSED = ['content-type', 'content-length', 'cache-control', 'x-content-type-options', 'content-security-policy'];

/**
 * GET /files/<id>?exp&sig: passed on to governance as it came; the link's own signature is the
 * check (governance verifies it), so the gateway's token gate and request signing are not involved.
 * Answers false when the request is not one for a file.
 */
export function proxyFile(
  req: IncomingMessage,
  res: ServerResponse,
  governanceGraphqlUrl: string | undefined,
): boolean {
  const url = req.url ?? '/';
  if (!url.startsWith(FILES_PATH) || !governanceGraphqlUrl) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return true;
  }
  const target = new URL(url, new URL(governanceGraphqlUrl).origin);
  const upstream = httpRequest(target, { method: req.method }, (answer) => {
    const headers: Record<string, string> = {};
    for (const name of PASSED) {
      const v = answer.headers[name];
      if (typeof v === 'string') headers[name] = v;
    }
    res.writeHead(answer.statusCode ?? 502, headers);
    pipeline(answer, res, () => undefined);
  });
  upstream.setTimeout(30_000, () => upstream.destroy(new Error('timed out')));
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('文件服务暂时不可用');
  });
  upstream.end();
  return true;
}
