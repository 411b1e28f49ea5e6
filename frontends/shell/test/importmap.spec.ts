import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLATFORM_SPECIFIERS, VENDOR_SPECIFIERS } from '@xiangzhi/vendor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImportMap, readImportMapConfig, staticClosure, staticImports, type ImportMapConfig } from '../importmap';

const config = readImportMapConfig(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'importmap.json'));

describe('importmap.json', () => {
  it('serves the vendor files, the platform and every module the shell routes to', () => {
    expect(Object.keys(config.builds).sort()).toEqual(
      ['admin', 'governance', 'meetings', 'platform', 'points', 'vendor'].sort(),
    );
    expect(config.builds.vendor).toBe('/vendor/');
    expect(config.builds.platform).toBe('/platform/');
    for (const name of ['governance', 'meetings', 'points', 'admin']) {
      expect(config.builds[name]).toBe(`/modules/${name}/`);
    }
  });

  it('names a build for every shared specifier the module builds leave external', () => {
    // vendor-entries.ts lists what the vendor build serves; the platform build serves its parts
    expect(VENDOR_SPECIFIERS.length).toBeGreaterThan(10);
    expect(PLATFORM_SPECIFIERS).toContain('@xiangzhi/platform/login');
  });
});

// A small set of built frontends: the shell's entry imports the platform's core and login part,
// which import React and an antd group; a module (not preloaded) imports another group.
let dir: string;
const fixture: ImportMapConfig = { builds: { vendor: '/vendor/', platform: '/platform/', points: '/modules/points/' } };
const files: Record<string, string> = {
  'vendor/dist/exports.json': JSON.stringify({
    react: 'assets/react-aaaaaaaa.js',
    '@xiangzhi/vendor/antd-form': 'assets/antd-form-bbbbbbbb.js',
    '@xiangzhi/vendor/antd-list': 'assets/antd-list-cccccccc.js',
  }),
  'vendor/dist/assets/react-aaaaaaaa.js': 'export const useState = 1;',
  'vendor/dist/assets/antd-form-bbbbbbbb.js':
    'import "react"; export { a as Button } from "../chunks/style-dddddddd.js";',
  'vendor/dist/assets/antd-list-cccccccc.js':
    'import { a } from "../chunks/style-dddddddd.js"; export const Table = a;',
  'vendor/dist/chunks/style-dddddddd.js': 'export const a = 1;',
  'platform/dist/exports.json': JSON.stringify({
    '@xiangzhi/platform/core': 'assets/platform-core-eeeeeeee.js',
    '@xiangzhi/platform/login': 'assets/platform-login-ffffffff.js',
  }),
  'platform/dist/assets/platform-core-eeeeeeee.js': 'export const getSession = () => null;',
  'platform/dist/assets/platform-login-ffffffff.js':
    'import { Button } from "@xiangzhi/vendor/antd-form"; import "../assets/platform-core-eeeeeeee.js";' +
    ' export const loginApp = () => import("@xiangzhi/vendor/antd-list");',
  'points/dist/exports.json': JSON.stringify({ '@xiangzhi/points': 'assets/points-gggggggg.js' }),
  'points/dist/assets/points-gggggggg.js': 'import { Table } from "@xiangzhi/vendor/antd-list";',
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'xz-importmap-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the import map of a build', () => {
  it('points every specifier a build provides at its content-hashed file under the build’s URL', () => {
    expect(buildImportMap(fixture, dir).imports).toEqual({
      react: '/vendor/assets/react-aaaaaaaa.js',
      '@xiangzhi/vendor/antd-form': '/vendor/assets/antd-form-bbbbbbbb.js',
      '@xiangzhi/vendor/antd-list': '/vendor/assets/antd-list-cccccccc.js',
      '@xiangzhi/platform/core': '/platform/assets/platform-core-eeeeeeee.js',
      '@xiangzhi/platform/login': '/platform/assets/platform-login-ffffffff.js',
      '@xiangzhi/points': '/modules/points/assets/points-gggggggg.js',
    });
  });

  it('moves a module to another host by changing its one line', () => {
    const moved = { builds: { ...fixture.builds, points: 'https://cdn.example.gov.cn/points/1.4.0/' } };
    expect(buildImportMap(moved, dir).imports['@xiangzhi/points']).toBe(
      'https://cdn.example.gov.cn/points/1.4.0/assets/points-gggggggg.js',
    );
  });

  it('fails the shell build when a build has not written its exports.json', () => {
    expect(() => buildImportMap({ builds: { admin: '/modules/admin/' } }, dir)).toThrow(/build admin before the shell/);
  });
});

describe('what the page preloads', () => {
  it('lists the static imports of a module, not its dynamic ones', () => {
    expect(staticImports(files['platform/dist/assets/platform-login-ffffffff.js']!)).toEqual([
      '@xiangzhi/vendor/antd-form',
      '../assets/platform-core-eeeeeeee.js',
    ]);
  });

  it('follows the login page through bare and relative imports: its antd group, not the lists of other pages', () => {
    const map = buildImportMap(fixture, dir);
    expect(staticClosure(['@xiangzhi/platform/login'], map, fixture, dir).sort()).toEqual(
      [
        '/platform/assets/platform-login-ffffffff.js',
        '/vendor/assets/antd-form-bbbbbbbb.js',
        '/vendor/assets/react-aaaaaaaa.js',
        '/vendor/chunks/style-dddddddd.js',
        '/platform/assets/platform-core-eeeeeeee.js',
      ].sort(),
    );
  });
});
