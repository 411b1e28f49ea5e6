import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from './env.js';
import { startStaticServer, type StaticServer } from './static-server.js';

// The shell's server as a browser and a network neighbour see it: where it listens, and the
// headers that keep its pages from running foreign scripts or being framed by foreign sites.
const IMPORT_MAP = JSON.stringify(
  { imports: { react: '/vendor/react.js', '@xiangzhi/points': 'https://cdn.example.gov.cn/points/1.4.0/points.js' } },
  null,
  2,
);
const INDEX = `<!doctype html><html><head><script type="importmap">${IMPORT_MAP}</script>
<script type="module" crossorigin src="/assets/index-Dg1ABy8N.js"></script></head><body></body></html>`;
const sha256 = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

let root: string;
const servers: StaticServer[] = [];
const start = async (o: { host?: string; frameAncestors?: string } = {}): Promise<StaticServer> => {
  const s = await startStaticServer({
    port: 0,
    gatewayUrl: 'http://127.0.0.1:9/graphql',
    rootDir: root,
    log: () => undefined,
    ...o,
  });
  servers.push(s);
  return s;
};

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}
const get = (host: string, port: number, pathname = '/'): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const req = request({ host, port, path: pathname, timeout: 3000 }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.end();
  });

/** The policy's directives by name. */
const csp = (a: Answer): Record<string, string[]> =>
  Object.fromEntries(
    String(a.headers['content-security-policy'])
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );

/** An address of this machine other than loopback, if it has one. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && !i.internal && i.family === 'IPv4')?.address;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'xz-static-'));
  await mkdir(path.join(root, 'frontends/shell/dist/assets'), { recursive: true });
  await writeFile(path.join(root, 'frontends/shell/dist/index.html'), INDEX);
  await writeFile(path.join(root, 'frontends/shell/dist/assets/index-Dg1ABy8N.js'), 'console.log(1)');
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await rm(root, { recursive: true, force: true });
});

describe('where the shell listens', () => {
  it('npm start binds to 127.0.0.1 unless SHELL_HOST says otherwise', () => {
    expect(parseEnv({}).SHELL_HOST).toBe('127.0.0.1');
    expect(parseEnv({ SHELL_HOST: '0.0.0.0' }).SHELL_HOST).toBe('0.0.0.0');
    expect(() => parseEnv({ SHELL_HOST: 'a b;c' })).toThrow(/SHELL_HOST/);
  });

  it.runIf(outsideAddress)('is not reachable from another interface by default, and is when told', async () => {
    const local = await start();
    expect((await get('127.0.0.1', local.port)).status).toBe(200);
    await expect(get(outsideAddress!, local.port)).rejects.toThrow(/ECONNREFUSED/);
    const open = await start({ host: '0.0.0.0' });
    expect((await get(outsideAddress!, open.port)).status).toBe(200);
  });
});

describe('security headers', () => {
  it('sends a CSP that allows the inline import map by its hash and the modules it names, and nothing inline else', async () => {
    const s = await start();
    const page = await get('127.0.0.1', s.port, '/governance/households');
    const policy = csp(page);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'", sha256(IMPORT_MAP), 'https://cdn.example.gov.cn']);
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'", 'https://cdn.example.gov.cn']);
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://cdn.example.gov.cn']);
    expect(policy['connect-src']).toEqual(["'self'"]);
    // Chrome shows the contact-card PDF (a blob: URL opened in a new tab, which inherits this policy) through a plugin
    expect(policy['object-src']).toEqual(['blob:']);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'self'"]);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('same-origin');
  });

  it('sends the headers on scripts, missing files and the GraphQL proxy too', async () => {
    const s = await start();
    for (const p of ['/assets/index-Dg1ABy8N.js', '/nothing.js', '/graphql']) {
      const a = await get('127.0.0.1', s.port, p);
      expect(a.headers['x-content-type-options'], p).toBe('nosniff');
      expect(a.headers['referrer-policy'], p).toBe('same-origin');
      expect(csp(a)['frame-ancestors'], p).toEqual(["'self'"]);
    }
  });

  it('lets the county portals named in FRAME_ANCESTORS embed the modules, and refuses a malformed list', async () => {
    const s = await start({ frameAncestors: "'self' https://portal.qingshan.gov.cn https://*.hunan.gov.cn:8443" });
    expect(csp(await get('127.0.0.1', s.port))['frame-ancestors']).toEqual([
      "'self'",
      'https://portal.qingshan.gov.cn',
      'https://*.hunan.gov.cn:8443',
    ]);
    for (const bad of [
      'https://a.cn; script-src *',
      'https://a.cn,https://b.cn',
      '*',
      'javascript:alert(1)',
      "'none' https://a.cn",
      'https://a.cn/\nx',
    ]) {
      await expect(start({ frameAncestors: bad }), bad).rejects.toThrow(/FRAME_ANCESTORS/);
    }
  });
});

describe('caching', () => {
  const files = {
    'frontends/vendor/dist/assets/react-C4YuDkAq.js': 'export {}',
    'frontends/vendor/dist/chunks/space-Dc9kcHcT.js': 'export {}',
    'frontends/governance/dist/chunks/TerritoryPage-DUKxbRlx.js': 'export {}',
    'frontends/platform/dist/assets/platform-login-m6T9-Rzw.js': 'export {}',
    'frontends/vendor/dist/react.js': 'export {}',
    'frontends/vendor/dist/exports.json': '{}',
  };
  beforeAll(async () => {
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    }
  });

  it('serves content-hashed files as immutable for a year: a returning browser does not ask again', async () => {
    const s = await start();
    for (const p of [
      '/assets/index-Dg1ABy8N.js',
      '/vendor/assets/react-C4YuDkAq.js',
      '/vendor/chunks/space-Dc9kcHcT.js',
      '/modules/governance/chunks/TerritoryPage-DUKxbRlx.js',
      '/platform/assets/platform-login-m6T9-Rzw.js',
    ]) {
      const a = await get('127.0.0.1', s.port, p);
      expect(a.status, p).toBe(200);
      expect(a.headers['cache-control'], p).toBe('public, max-age=31536000, immutable');
    }
  });

  it('has the page (with its inlined import map) and any file without a hash revalidated every time', async () => {
    const s = await start();
    for (const p of ['/', '/login', '/governance/households', '/vendor/react.js', '/vendor/exports.json']) {
      const a = await get('127.0.0.1', s.port, p);
      expect(a.status, p).toBe(200);
      expect(a.headers['cache-control'], p).toBe('no-cache');
      expect(a.headers.etag, p).toBeTruthy();
    }
  });

  it('answers a revalidation of an unchanged page with 304 and no body', async () => {
    const s = await start();
    const first = await get('127.0.0.1', s.port, '/governance');
    const again = await new Promise<Answer & { bytes: number }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: s.port,
          path: '/governance',
          headers: { 'if-none-match': String(first.headers.etag) },
        },
        (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(again.status).toBe(304);
    expect(again.bytes).toBe(0);
  });
});
