import type { NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema, type ReferenceResolvers } from '@xiangzhi/subgraph-kit';
import { Meeting } from './modules/meeting/meeting.entity.js';
import { MeetingResolver } from './modules/meeting/meeting.resolver.js';
import { RegionMeetingsResolver, meetingReference } from './modules/meeting/meeting.reference.js';
import { migrations } from './migrations/index.js';
import { inboxEntities, outboxEntities } from '@xiangzhi/events';

/** Everything the meetings subgraph is made of, shared by main.ts, the schema emitter, tools and tests. */
export const entities: Function[] = [Meeting, ...outboxEntities, ...inboxEntities];
export const resolvers: NonEmptyArray<Function> = [MeetingResolver, RegionMeetingsResolver];
export const referenceResolvers: ReferenceResolvers = { ...meetingReference };
export { migrations };

export const buildMeetingsSchema = (): Promise<GraphQLSchema> => buildFederatedSchema(resolvers, referenceResolvers);
