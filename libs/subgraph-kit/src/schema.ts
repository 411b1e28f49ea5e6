import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives, type IResolvers } from '@graphql-tools/utils';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { gql } from 'graphql-tag';
import { buildSchema, createResolversMap, type AuthChecker, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { SubgraphContext } from './context.js';
import { unauthenticated } from './errors.js';
import { StrictDateTime } from './scalars.js';
import { collectInputLimits, rememberInputLimits } from './input-guard.js';
import type { Role } from '@xiangzhi/auth';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/** `@Authorized()` needs a principal; `@Authorized(roles)` needs one of the roles. Scoping is the services' job. */
const authChecker: AuthChecker<SubgraphContext> = ({ context }, roles) => {
  // Say why: no token, or a token that expired or was forged (the client then refreshes or logs in).
  if (!context.principal) throw unauthenticated(context.tokenError?.message);
  return roles.length === 0 || context.principal.roles.some((r: Role) => roles.includes(r));
};

export type ReferenceResolvers = IResolvers<unknown, SubgraphContext>;

function deepMerge(a: Record<string, object>, b: Record<string, object>): Record<string, object> {
  const out: Record<string, object> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = { ...(out[k] ?? {}), ...v };
  return out;
}

/** type-graphql resolvers → an Apollo Federation v2 subgraph schema. */
export async function buildFederatedSchema(
  resolvers: NonEmptyArray<Function>,
  referenceResolvers: ReferenceResolvers = {},
  orphanedTypes: Function[] = [],
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    orphanedTypes,
    skipCheck: true,
    validate: false,
    authChecker,
    scalarsMap: [{ type: Date, scalar: StrictDateTime }],
  });
  const merged = deepMerge(
    createResolversMap(schema) as Record<string, object>,
    referenceResolvers as Record<string, object>,
  );
  const federated = buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(schema)}
    `,
    resolvers: merged as GraphQLResolverMap<unknown>,
  });
  // MaxLength declarations live in type-graphql's schema only: the SDL above does not carry them
  rememberInputLimits(federated, collectInputLimits(schema));
  return federated;
}

/** The subgraph SDL as the gateway sees it; committed as `schema.graphql` next to each service. */
export const subgraphSdl = (schema: GraphQLSchema): string => printSubgraphSchema(schema);

export async function writeSubgraphSdl(schema: GraphQLSchema, path: string): Promise<void> {
  await writeFile(path, subgraphSdl(schema) + '\n');
}
