// Documents in regions.graphql; their types are generated (`npm run codegen`).
import type { AdminDivisionChildrenQuery } from '../gql/graphql';

export {
  AdminDivisionChildrenDocument as DIVISION_CHILDREN_QUERY,
  AdminDivisionRootDocument as DIVISION_ROOT_QUERY,
} from '../gql/graphql';

export type RegionNode = AdminDivisionChildrenQuery['regions'][number];
