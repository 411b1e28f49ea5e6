import { describe, expect, it } from 'vitest';
import { MAX_PARSES, claimParse } from './import-slots.js';

describe('claimParse', () => {
  it('lets one file per village and MAX_PARSES in the process be read at once (IMPORT_BUSY), and frees a slot once', () => {
    expect(MAX_PARSES).toBe(2);
    const a = claimParse('110105001001');
    expect(() => claimParse('110105001001')).toThrow(
      expect.objectContaining({ code: 'IMPORT_BUSY', field: 'villageCode' }) as Error,
    );
    const b = claimParse('110105001002');
    expect(() => claimParse('110105001003')).toThrow(
      expect.objectContaining({ code: 'IMPORT_BUSY', message: expect.stringContaining('稍等') as string }) as Error,
    );
    a();
    a();
    const c = claimParse('110105001003');
    expect(() => claimParse('110105001001')).toThrow(expect.objectContaining({ code: 'IMPORT_BUSY' }) as Error);
    b();
    c();
    claimParse('110105001001')();
  });
});
