import { describe, expect, it } from 'vitest';
import { nodesOf, type Connection } from '../src/graphql/connection';
import { isAboveVillage, VILLAGE_CODE_LENGTH } from '../src/session/division';

describe('connections', () => {
  it('lists the nodes of a connection, none before it arrives', () => {
    const connection: Connection<{ id: string }> = {
      totalCount: 2,
      pageInfo: { hasNextPage: false, endCursor: 'b' },
      edges: [
        { cursor: 'a', node: { id: '1' } },
        { cursor: 'b', node: { id: '2' } },
      ],
    };
    expect(nodesOf(connection)).toEqual([{ id: '1' }, { id: '2' }]);
    expect(nodesOf(undefined)).toEqual([]);
    expect(nodesOf(null)).toEqual([]);
  });
});

describe('division codes', () => {
  it('tells county and township accounts (region picker) from village ones', () => {
    expect(VILLAGE_CODE_LENGTH).toBe(12);
    expect(isAboveVillage('130123')).toBe(true);
    expect(isAboveVillage('130123101')).toBe(true);
    expect(isAboveVillage('130123101201')).toBe(false);
    expect(isAboveVillage('')).toBe(false);
  });
});
