import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLIENT_HEADER } from '@xiangzhi/auth';

export interface FrontDoorOptions {
  graphqlPath: string;
  maxBodyBytes: number;
  allowedOrigins: readonly string[];
  trustedProxies: readonly string[];
}

const plainAddress = (a: string): string => a.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/**
 * The caller's address: the socket's, or, behind a trusted reverse proxy, the last X-Forwarded-For
 * hop that is not one of the trusted proxies (earlier hops are whatever the caller wrote).
 */
export function clientAddress(req: IncomingMessage, trustedProxies: readonly string[]): string {
  const socket = plainAddress(req.socket.remoteAddress ?? '');
  if (!trustedProxies.includes(socket)) return socket;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((h) => plainAddress(h.trim()))
    .filter(Boolean);
  for (let i = forwarded.length - 1; i >= 0; i--) {
    const hop = forwarded[i] as string;
    if (!trustedProxies.includes(hop)) return hop;
  }
  return forwarded[0] ?? socket;
}

function refuse(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): true {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  // the body may still be on its way: close rather than read it
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
    ...headers,
  });
  res.end(body);
  return true;
}

const size = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;

const mediaType = (req: IncomingMessage): string =>
  (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * What is refused before the GraphQL server reads anything: requests that are not a JSON POST
 * (a form, a text/plain or multipart post and a GET can be sent cross-site without a preflight;
 * refusing them is the CSRF protection), bodies over the limit (by Content-Length, before reading),
 * and preflights from origins not on the allow-list. Also stamps the caller's address on the
 * request, replacing whatever the caller sent under that name. Returns true when it answered.
 */
export function guardRequest(req: IncomingMessage, res: ServerResponse, o: FrontDoorOptions): boolean {
  req.headers[CLIENT_HEADER] = clientAddress(req, o.trustedProxies);
  if ((req.url ?? '/').split('?')[0] !== o.graphqlPath) return false;
  if (req.method === 'OPTIONS') {
    const origin = req.headers.origin;
    if (origin && o.allowedOrigins.includes(origin)) return false;
    return refuse(res, 403, 'ORIGIN_NOT_ALLOWED', '不允许从该来源跨域访问');
  }
  if (req.method !== 'POST') {
    return refuse(res, 405, 'METHOD_NOT_ALLOWED', '只接受 POST 请求（content-type: application/json）', {
      allow: 'POST',
    });
  }
  if (mediaType(req) !== 'application/json') {
    return refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', '只接受 content-type 为 application/json 的请求');
  }
  const length = req.headers['content-length'];
  if (length === undefined || !/^\d+$/.test(length)) {
    return refuse(res, 411, 'LENGTH_REQUIRED', '请求须带 Content-Length');
  }
  if (Number(length) > o.maxBodyBytes) {
    return refuse(res, 413, 'REQUEST_TOO_LARGE', `请求体过大：最多 ${size(o.maxBodyBytes)}`);
  }
  return false;
}
