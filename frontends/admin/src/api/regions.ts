export interface RegionNode {
  code: string;
  name: string;
  level: 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
}

export const DIVISION_ROOT_QUERY = `query AdminDivisionRoot($code: String!) { region(code: $code) { code name level } }`;
export const DIVISION_CHILDREN_QUERY = `query AdminDivisionChildren($parentCode: String) { regions(parentCode: $parentCode) { code name level } }`;
