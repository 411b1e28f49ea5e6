import type { NodeOf } from '@xiangzhi/platform';
import { MeetingsListDocument, type MeetingsListQuery } from './gql/graphql';

export const MEETINGS_QUERY = MeetingsListDocument;

export type MeetingRow = NodeOf<MeetingsListQuery['meetings']>;
