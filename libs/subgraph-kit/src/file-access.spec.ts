import { describe, expect, it } from 'vitest';
import { FileAccess, imageTypeOf } from './file-access.js';
import { FolderStorage } from './file-storage.js';

const id = '0193a0b2-0000-7000-8000-000000000001';
const access = new FileAccess(new FolderStorage('/tmp/unused'), 'secret-0123456789abcdef');

describe('imageTypeOf', () => {
  it('tells JPEG, PNG and WebP by their first bytes, nothing else', () => {
    expect(imageTypeOf(Buffer.from([0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg');
    expect(imageTypeOf(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('image/png');
    expect(imageTypeOf(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(imageTypeOf(Buffer.from('GIF89a......'))).toBeNull();
    expect(imageTypeOf(Buffer.from('%PDF-1.7'))).toBeNull();
    expect(imageTypeOf(Buffer.alloc(0))).toBeNull();
  });
});

describe('signed file links', () => {
  const now = Date.UTC(2026, 11, 2, 4, 30);

  it('a link verifies until it expires, at least an hour', () => {
    const url = access.url(id, now);
    expect(url).toMatch(new RegExp(`^/files/${id}\\?exp=\\d+&sig=[\\w-]+$`));
    expect(access.verify(url, now)).toBe(id);
    expect(access.verify(url, now + 3600_000)).toBe(id);
    expect(access.verify(url, now + 2 * 3600_000 + 1000)).toBeNull();
  });

  it('refuses another id, another expiry, another secret', () => {
    const url = access.url(id, now);
    expect(access.verify(url.replace(id, id.replace(/1$/, '2')), now)).toBeNull();
    expect(
      access.verify(
        url.replace(/exp=(\d+)/, (_, e: string) => `exp=${Number(e) + 3600}`),
        now,
      ),
    ).toBeNull();
    const other = new FileAccess(new FolderStorage('/tmp/unused'), 'another-secret-0123456789');
    expect(other.verify(url, now)).toBeNull();
    expect(access.verify(`/files/${id}`, now)).toBeNull();
  });
});
