import { COLORS } from '@xiangzhi/platform';
import { Flex } from 'antd';
import type { ReactNode } from 'react';
import type { TagKind } from '../api/enums';
import { Link } from '../lib/routing';
import { TagList } from './TagList';

export interface HouseholdLineItem {
  id: string;
  headName: string;
  address: string;
  village: { name: string } | null;
  grid: { name: string } | null;
  tags: { tag: TagKind }[];
}

export interface HouseholdLineProps {
  household: HouseholdLineItem;
  /** The line's data-testid (it also carries `data-household-id`). */
  testId: string;
  /** After the tags (e.g. the paired cadres). */
  children?: ReactNode;
}

/** A household in a short list: the head (opens the detail), village · grid · address, its tags. */
export function HouseholdLine({ household, testId, children }: HouseholdLineProps) {
  return (
    <Flex
      wrap
      gap={8}
      align="center"
      data-testid={testId}
      data-household-id={household.id}
      style={{ padding: '6px 0', borderBottom: `1px solid ${COLORS.bgLayout}` }}
    >
      <Link to={{ page: 'household', id: household.id }}>
        <strong>{household.headName}</strong>
      </Link>
      <span style={{ color: COLORS.textSecondary }}>
        {[household.village?.name, household.grid?.name, household.address].filter(Boolean).join(' · ')}
      </span>
      <TagList tags={household.tags} />
      {children}
    </Flex>
  );
}
