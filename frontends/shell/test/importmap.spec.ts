import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_SPECIFIERS, VENDOR_ENTRIES } from '@xiangzhi/vendor';
import { describe, expect, it } from 'vitest';
import { isPreloaded, readImportMap } from '../importmap';

const map = readImportMap(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'importmap.json'));

describe('importmap.json', () => {
  it('maps every shared specifier the builds leave external', () => {
    expect(SHARED_SPECIFIERS.filter((specifier) => !(specifier in map.imports))).toEqual([]);
  });

  it('points each vendor specifier at its vendor file by default', () => {
    for (const entry of VENDOR_ENTRIES) expect(map.imports[entry.specifier]).toBe(`/vendor/${entry.file}.js`);
  });

  it('maps every module the shell routes to', () => {
    for (const name of ['governance', 'meetings', 'points', 'admin'])
      expect(map.imports[`@xiangzhi/${name}`]).toMatch(/\.js$/);
  });

  it('preloads vendor and platform, not the modules', () => {
    expect(isPreloaded('react')).toBe(true);
    expect(isPreloaded('@xiangzhi/platform')).toBe(true);
    expect(isPreloaded('@xiangzhi/points')).toBe(false);
  });
});
