import type { NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema, type ReferenceResolvers } from '@xiangzhi/subgraph-kit';
import { meetingEntities, meetingReference, meetingResolvers } from './modules/meeting/index.js';
import { agendaEntities, agendaResolvers } from './modules/agenda-item/index.js';
import { deliberationEntities, deliberationResolvers } from './modules/deliberation/index.js';
import { minutesEntities, minutesResolvers } from './modules/minutes/index.js';
import { migrations } from './migrations/index.js';
import { inboxEntities, outboxEntities } from '@xiangzhi/events';

/** Everything the meetings subgraph is made of, shared by main.ts, the schema emitter, tools and tests. */
export const entities: Function[] = [
  ...meetingEntities,
  ...agendaEntities,
  ...deliberationEntities,
  ...minutesEntities,
  ...outboxEntities,
  ...inboxEntities,
];
export const resolvers: NonEmptyArray<Function> = [
  ...meetingResolvers,
  ...agendaResolvers,
  ...deliberationResolvers,
  ...minutesResolvers,
];
export const referenceResolvers: ReferenceResolvers = { ...meetingReference };
export { migrations };

export const buildMeetingsSchema = (): Promise<GraphQLSchema> => buildFederatedSchema(resolvers, referenceResolvers);
