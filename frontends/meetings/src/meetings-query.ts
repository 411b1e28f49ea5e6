import type { Connection } from '@xiangzhi/platform';
import type { MeetingKind } from './messages';

export interface MeetingRow {
  id: string;
  kind: MeetingKind;
  date: string;
  title: string;
  village: { code: string; name: string } | null;
  chair: { id: string; name: string; post: string } | null;
}

export interface MeetingsData {
  meetings: Connection<MeetingRow>;
}

export const MEETINGS_QUERY = `query MeetingsList($regionCode: String, $first: Int, $after: String) {
  meetings(regionCode: $regionCode, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind date title village { code name } chair { id name post } } }
  }
}`;
