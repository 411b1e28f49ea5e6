import { useT } from '@xiangzhi/platform';
import { Tag } from 'antd';
import type { TagKind } from '../api/enums';

// Special groups that come first in pairing and visits (家家党员联、户户见党员).
const COLORS: Record<TagKind, string> = {
  DIBAO: 'orange',
  WUBAO: 'orange',
  SERIOUS_ILLNESS_DISABILITY: 'volcano',
  EMPTY_NEST_ELDERLY: 'gold',
  LEFT_BEHIND_CHILD: 'blue',
  LEFT_BEHIND_WOMAN: 'blue',
  LEFT_BEHIND_ELDERLY: 'blue',
  LIFTED_FROM_POVERTY: 'green',
  MONITORED: 'magenta',
};

export function TagList({ tags }: { tags: { tag: TagKind }[] }) {
  const t = useT();
  if (tags.length === 0) return null;
  return (
    <span data-testid="household-tags">
      {tags.map(({ tag }) => (
        <Tag key={tag} color={COLORS[tag]} data-tag={tag} style={{ marginInlineEnd: 4 }}>
          {t(`gov.tag.${tag}`)}
        </Tag>
      ))}
    </span>
  );
}

export function tagColor(tag: TagKind): string {
  return COLORS[tag];
}
