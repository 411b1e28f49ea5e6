import { createModuleRouter } from '@xiangzhi/platform/routing';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, ROUTES } from '../src/lib/routes';
import { DELIBERATION_MESSAGES, STEPS } from '../src/pages/DeliberationMessages';

describe('the deliberation tracker (四议两公开)', () => {
  it('has every word in Chinese and English, and a Chinese name for each of the six steps', () => {
    expect(Object.keys(DELIBERATION_MESSAGES['en-US']).sort()).toEqual(
      Object.keys(DELIBERATION_MESSAGES['zh-CN']).sort(),
    );
    for (const step of STEPS) expect(DELIBERATION_MESSAGES['zh-CN'][`delib.step.${step}`]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('lives at /meetings/deliberations, one matter at /meetings/deliberations/<id>', () => {
    const { parse, path } = createModuleRouter(BASE_PATH, ROUTES);
    expect(parse('/meetings/deliberations')).toEqual({ page: 'deliberations' });
    expect(parse('/meetings/deliberations/abc')).toEqual({ page: 'deliberation', id: 'abc' });
    expect(path({ page: 'deliberation', id: 'abc' })).toBe('/meetings/deliberations/abc');
  });
});
