import type { ReferenceResolvers } from '@xiangzhi/subgraph-kit';

/** A module's part of the subgraph; schema.ts lists the modules, so modules never edit a shared file. */
export interface GovernanceModule {
  entities: Function[];
  resolvers: Function[];
  references: ReferenceResolvers;
}
