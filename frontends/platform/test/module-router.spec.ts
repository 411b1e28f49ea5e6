import { describe, expect, it } from 'vitest';
import { createModuleRouter, type RouteOf } from '../src/routing/module-router';

const ROUTES = {
  list: ['items', ''],
  item: 'items/:id',
  'item-new': 'items/new?copy&from',
} as const;
type Route = RouteOf<typeof ROUTES>;
const router = createModuleRouter('/things', ROUTES);

describe('the module router of the platform', () => {
  it('matches the patterns in order, the first pattern of a page being its URL', () => {
    expect(router.parse('/things')).toEqual({ page: 'list' });
    expect(router.path({ page: 'list' })).toBe('/things/items');
    expect(router.parse('/things/items/new')).toEqual({ page: 'item', id: 'new' });
  });

  it('decodes path parameters and encodes them back', () => {
    const route: Route = { page: 'item', id: '张 1/2' };
    expect(router.path(route)).toBe('/things/items/%E5%BC%A0%201%2F2');
    expect(router.parse(router.path(route))).toEqual(route);
  });

  it('reads the declared query keys (null when absent) and writes only those set', () => {
    const table = { form: 'form?copy&from' } as const;
    const forms = createModuleRouter('/f', table);
    expect(forms.parse('/f/form', '?copy=a&other=x')).toEqual({ page: 'form', copy: 'a', from: null });
    expect(forms.path({ page: 'form', copy: 'a', from: null })).toBe('/f/form?copy=a');
  });

  it('answers not-found for any other path, whose URL is the prefix', () => {
    expect(router.parse('/things/items/1/more')).toEqual({ page: 'not-found' });
    expect(router.path({ page: 'not-found' })).toBe('/things');
  });
});
