import type { GridLevel, GridRole } from './enums';

export type RegionLevel = 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
}

export const REGIONS_QUERY = `query GovernanceRegions($parentCode: String) { regions(parentCode: $parentCode) { code name level } }`;

export interface GridMemberNode {
  id: string;
  role: GridRole;
  cadre: { id: string; name: string; post: string };
}

export interface GridNode {
  id: string;
  name: string;
  level: GridLevel;
  householdCount: number;
  capacity: number;
  members: GridMemberNode[];
  children?: GridNode[];
}

const GRID_FIELDS = 'id name level householdCount capacity members { id role cadre { id name post } }';

/** Three levels are the whole grid (township → village → area). */
export const GRID_TREE_QUERY = `query GovernanceGridTree($code: String!) {
  region(code: $code) {
    code name level
    villagerGroups { id name }
    gridTree { ${GRID_FIELDS} children { ${GRID_FIELDS} children { ${GRID_FIELDS} } } }
  }
}`;

export interface GridTreeData {
  region: (RegionNode & { villagerGroups: { id: string; name: string }[]; gridTree: GridNode[] }) | null;
}

export interface GridOption {
  id: string;
  name: string;
  level: GridLevel;
  householdCount: number;
}

export const REGION_GRIDS_QUERY = `query GovernanceRegionGrids($code: String!) {
  region(code: $code) { code grids { id name level householdCount } }
}`;

export interface RegionGridsData {
  region: { code: string; grids: GridOption[] } | null;
}
