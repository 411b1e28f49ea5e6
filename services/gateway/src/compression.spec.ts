import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './compression.js';

describe('chooseEncoding', () => {
  it('takes brotli over gzip, honours q=0 and answers none without a header', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(null)).toBeNull();
  });
});
