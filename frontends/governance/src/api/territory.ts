// Documents in territory.graphql; their types are generated (`npm run codegen`).
import type { GovernanceGridNodeFragment, GovernanceRegionGridsQuery, GovernanceRegionsQuery } from '../gql/graphql';

export {
  GovernanceGridTreeDocument as GRID_TREE_QUERY,
  GovernanceRegionGridsDocument as REGION_GRIDS_QUERY,
  GovernanceRegionsDocument as REGIONS_QUERY,
} from '../gql/graphql';
export type { RegionLevel } from '../gql/graphql';

export type RegionNode = GovernanceRegionsQuery['regions'][number];
export type GridMemberNode = GovernanceGridNodeFragment['members'][number];
/** A grid of the tree; the query asks for three levels (township → village → area). */
export type GridNode = GovernanceGridNodeFragment & { children?: GridNode[] };
export type GridOption = NonNullable<GovernanceRegionGridsQuery['region']>['grids'][number];
