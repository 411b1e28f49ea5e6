// Serves the built frontends the way production lays them out, and proxies /graphql to the
// gateway so the page talks to one origin (no CORS, same cookies). node:http only.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

export interface StaticServerOptions {
  port: number;
  host?: string;
  /** Full URL of the gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  gatewayUrl: string;
  /** Repository root: frontends/<name>/dist are served from under it. */
  rootDir: string;
  /**
   * Who may frame the pages (CSP frame-ancestors), space-separated: 'self', 'none' or https origins
   * such as county portals that embed a module. Default: env FRAME_ANCESTORS, else 'self'.
   */
  frameAncestors?: string;
  log?: (line: string) => void;
}

export interface StaticServer {
  url: string;
  port: number;
  /** Stops listening and drops keep-alive connections; the callback form suits tools/dev. */
  close(callback?: () => void): Promise<void>;
}

const gzipAsync = promisify(gzip);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];
// Vite's content hash: only files under assets/ or chunks/ with one are safe to cache forever;
// entry files keep fixed names (the import map points at them) and must be revalidated.
const HASHED = /\/(assets|chunks)\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
const MODULE_NAME = /^[a-z][a-z0-9-]*$/;
const RESERVED = new Set(['shell', 'vendor', 'platform']);
const GZIP_CACHE_LIMIT = 64 * 1024 * 1024;

const ANCESTOR = /^(?:'self'|https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?)$/i;

/** The frame-ancestors sources, checked: no `;` or `,` can smuggle another directive in. */
export function parseFrameAncestors(value: string | undefined): string[] {
  const sources = (value ?? '')
    .trim()
    .split(/[ \t]+/)
    .filter(Boolean);
  if (sources.length === 0) return ["'self'"];
  if (sources.length === 1 && sources[0] === "'none'") return sources;
  const bad = sources.find((s) => !ANCESTOR.test(s));
  if (bad !== undefined) {
    throw new Error(
      `FRAME_ANCESTORS: "${bad}" is not 'self', 'none' (alone) or an origin like https://portal.example.gov.cn`,
    );
  }
  return sources;
}

/** Origins other than our own that the import map loads modules from (a module served from a CDN). */
function foreignOrigins(importMap: string): string[] {
  let imports: unknown;
  try {
    imports = (JSON.parse(importMap) as { imports?: unknown }).imports;
  } catch {
    return [];
  }
  if (typeof imports !== 'object' || imports === null) return [];
  const origins = Object.values(imports).flatMap((url) => {
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return [];
    try {
      return [new URL(url).origin];
    } catch {
      return [];
    }
  });
  return [...new Set(origins)];
}

interface PagePolicy {
  hashes: string[];
  origins: string[];
}

/** CSP hashes of the page's inline scripts (the native import map must be inline) and the origins its map names. */
function pagePolicy(html: string): PagePolicy {
  const hashes: string[] = [];
  const origins: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1])) continue;
    hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
    if (/type\s*=\s*["']?importmap/i.test(m[1])) origins.push(...foreignOrigins(m[2]));
  }
  return { hashes, origins: [...new Set(origins)] };
}

/**
 * The policy of every answer. Scripts: own files, the import map by hash, module origins the map
 * names; styles inline too (antd injects them); object-src blob: for the contact-card PDF opened
 * in a new tab (Chrome's viewer is a plugin, and the blob: page inherits this policy).
 */
function contentSecurityPolicy(page: PagePolicy, frameAncestors: string[]): string {
  const o = page.origins;
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...page.hashes, ...o].join(' '),
    ['style-src', "'self'", "'unsafe-inline'", ...o].join(' '),
    ['img-src', "'self'", 'data:', 'blob:', ...o].join(' '),
    ['font-src', "'self'", 'data:', ...o].join(' '),
    "connect-src 'self'",
    'object-src blob:',
    "base-uri 'self'",
    "form-action 'self'",
    ['frame-ancestors', ...frameAncestors].join(' '),
  ].join('; ');
}

interface Mount {
  dir: string;
  /** Path inside dir, starting with '/'. */
  rest: string;
  /** Client routes fall back to index.html (the shell only). */
  spa: boolean;
}

function mountFor(rootDir: string, pathname: string): Mount | null {
  const dist = (name: string) => path.join(rootDir, 'frontends', name, 'dist');
  if (pathname.startsWith('/vendor/'))
    return { dir: dist('vendor'), rest: pathname.slice('/vendor'.length), spa: false };
  if (pathname.startsWith('/platform/'))
    return { dir: dist('platform'), rest: pathname.slice('/platform'.length), spa: false };
  if (pathname.startsWith('/modules/')) {
    const [name = '', ...rest] = pathname.slice('/modules/'.length).split('/');
    if (!MODULE_NAME.test(name) || RESERVED.has(name)) return null;
    return { dir: dist(name), rest: `/${rest.join('/')}`, spa: false };
  }
  return { dir: dist('shell'), rest: pathname, spa: true };
}

/** The file for `rest` inside `dir`, or null when it is missing or escapes the directory. */
function resolveInside(dir: string, rest: string): string | null {
  const file = path.resolve(dir, `.${rest}`);
  return file.startsWith(dir + path.sep) ? file : null;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function withoutHopByHop(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const copy: OutgoingHttpHeaders = { ...headers };
  const listed = String(headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase());
  for (const name of [...HOP_BY_HOP, ...listed]) if (name) delete copy[name];
  return copy;
}

/** Streams the request to the gateway and the answer back; headers kept except hop-by-hop ones. */
function proxyGraphql(req: IncomingMessage, res: ServerResponse, gateway: URL, log: (line: string) => void): void {
  const target = new URL(gateway);
  const asked = new URL(req.url ?? '/', 'http://localhost');
  // photo links (/files/<id>?exp&sig) go to the gateway's origin as they are
  if (asked.pathname.startsWith('/files/')) target.pathname = asked.pathname;
  target.search = asked.search;
  const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
  const headers: OutgoingHttpHeaders = {
    ...withoutHopByHop(req.headers),
    host: target.host,
    'x-forwarded-for': forwardedFor,
    'x-forwarded-host': req.headers.host ?? '',
    'x-forwarded-proto': 'http',
  };
  // The page shows GraphQL errors, so an unreachable gateway answers as one (Chinese message).
  const fail = (error: NodeJS.ErrnoException) => {
    if (res.destroyed) return; // the browser went away first
    log(`/graphql → ${target.origin}: ${error.message}`);
    if (res.headersSent) {
      res.destroy(error);
      return;
    }
    const timedOut = error.code === 'ETIMEDOUT';
    sendJson(res, timedOut ? 504 : 502, {
      errors: [
        timedOut
          ? { message: '网关响应超时，请稍后重试', extensions: { code: 'GATEWAY_TIMEOUT' } }
          : { message: '网关暂时不可用，请稍后重试', extensions: { code: 'GATEWAY_UNAVAILABLE' } },
      ],
    });
  };
  const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
    const answerHeaders = withoutHopByHop(answer.headers);
    if (!answerHeaders['cache-control']) answerHeaders['cache-control'] = 'no-store';
    res.writeHead(answer.statusCode ?? 502, answerHeaders);
    pipeline(answer, res, () => undefined);
  });
  upstream.setTimeout(60_000, () => upstream.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
  upstream.on('error', fail);
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  pipeline(req, upstream, () => undefined);
}

interface Served {
  file: string;
  size: number;
  mtimeMs: number;
}

async function findFile(mount: Mount): Promise<Served | null> {
  const file = resolveInside(mount.dir, mount.rest === '/' ? '/index.html' : mount.rest);
  if (file) {
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return { file, size: info.size, mtimeMs: info.mtimeMs };
  }
  // /governance, /login...: client routes of the shell. Paths with an extension are assets.
  if (mount.spa && path.extname(mount.rest) === '') {
    const index = path.join(mount.dir, 'index.html');
    const info = await stat(index).catch(() => null);
    if (info?.isFile()) return { file: index, size: info.size, mtimeMs: info.mtimeMs };
  }
  return null;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const rootDir = path.resolve(options.rootDir);
  const gateway = new URL(options.gatewayUrl);
  const log = options.log ?? ((line: string) => console.warn(`[static] ${line}`));
  const frameAncestors = parseFrameAncestors(options.frameAncestors ?? process.env.FRAME_ANCESTORS);
  const gzipped = new Map<string, Buffer>();
  let gzippedBytes = 0;
  // the shell's index.html is rebuilt while the server runs: its policy is kept per file version
  const policies = new Map<string, PagePolicy>();
  let shellPolicy: PagePolicy = { hashes: [], origins: [] };

  async function policyOf(served: Served): Promise<PagePolicy> {
    const key = `${served.file}:${served.mtimeMs}:${served.size}`;
    let policy = policies.get(key);
    if (!policy) {
      policy = pagePolicy(await readFile(served.file, 'utf8'));
      if (policies.size > 32) policies.clear();
      policies.set(key, policy);
    }
    return policy;
  }

  /** Sent with every answer; non-HTML answers carry the shell's last policy (what a worker or error page gets). */
  const securityHeaders = (page: PagePolicy = shellPolicy): OutgoingHttpHeaders => ({
    'content-security-policy': contentSecurityPolicy(page, frameAncestors),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  });

  async function compressed(served: Served): Promise<Buffer> {
    const key = `${served.file}:${served.mtimeMs}:${served.size}`;
    const cached = gzipped.get(key);
    if (cached) return cached;
    const body = await gzipAsync(await readFile(served.file));
    if (gzippedBytes + body.length > GZIP_CACHE_LIMIT) {
      gzipped.clear();
      gzippedBytes = 0;
    }
    gzipped.set(key, body);
    gzippedBytes += body.length;
    return body;
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const mount = mountFor(rootDir, pathname);
    const served = mount ? await findFile(mount) : null;
    if (!served) {
      if (mount?.spa && path.extname(pathname) === '')
        sendText(res, 503, '乡治: the shell is not built yet — run `npm run build`.');
      else sendText(res, 404, 'Not found');
      return;
    }
    const ext = path.extname(served.file);
    const etag = `W/"${served.size.toString(16)}-${Math.floor(served.mtimeMs).toString(16)}"`;
    if (ext === '.html') shellPolicy = await policyOf(served);
    const headers: OutgoingHttpHeaders = {
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'cache-control': HASHED.test(served.file.split(path.sep).join('/'))
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      etag,
      'last-modified': new Date(served.mtimeMs).toUTCString(),
      ...securityHeaders(),
    };
    if (COMPRESSIBLE.has(ext)) headers.vary = 'Accept-Encoding';
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (COMPRESSIBLE.has(ext) && acceptsGzip && served.size > 1024) {
      const body = await compressed(served);
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': served.size });
    if (req.method === 'HEAD') res.end();
    else pipeline(createReadStream(served.file), res, () => undefined);
  }

  const server = createServer((req, res) => {
    // error answers and the proxied GraphQL answers get them too; a served file sets them again
    for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value as string);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      sendText(res, 400, 'Bad request');
      return;
    }
    if (pathname.includes('\0')) {
      sendText(res, 400, 'Bad request');
      return;
    }
    if (pathname === '/graphql' || pathname.startsWith('/files/')) {
      proxyGraphql(req, res, gateway, log);
      return;
    }
    serveStatic(req, res, pathname).catch((error: unknown) => {
      log(`${pathname}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = !options.host || options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    port,
    // Idempotent and never rejects: callers stop it from signal handlers without awaiting.
    close: (callback?: () => void) => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (callback) void closing.then(callback);
      return closing;
    },
  };
}
