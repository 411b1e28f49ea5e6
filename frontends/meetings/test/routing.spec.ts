import { createModuleRouter } from '@xiangzhi/platform/routing';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, ROUTES } from '../src/lib/routes';

const { parse, path } = createModuleRouter(BASE_PATH, ROUTES);

describe('meetings routes', () => {
  it('opens the list at /meetings and says "not found" for anything else', () => {
    expect(path({ page: 'meetings' })).toBe('/meetings');
    expect(parse('/meetings')).toEqual({ page: 'meetings' });
    expect(parse('/meetings/')).toEqual({ page: 'meetings' });
    expect(parse('/meetings/42')).toEqual({ page: 'not-found' });
    expect(path({ page: 'not-found' })).toBe('/meetings');
  });
});
