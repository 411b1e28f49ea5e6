import { TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useT, COLORS } from '@xiangzhi/platform';
import { Flex, Tag, Tree } from 'antd';
import type { GridNode } from '../api/territory';
import { ProgressBar } from './ProgressBar';

interface TreeItem {
  key: string;
  grid: GridNode;
  children: TreeItem[];
}

const toItems = (grids: GridNode[]): TreeItem[] =>
  grids.map((grid) => ({ key: grid.id, grid, children: toItems(grid.children ?? []) }));

function GridTitle({ grid }: { grid: GridNode }) {
  const t = useT();
  const leaders = grid.members.filter((member) => member.role === 'LEADER');
  const members = grid.members.filter((member) => member.role === 'MEMBER');
  const isArea = grid.level === 'AREA';
  const full = isArea && grid.householdCount >= grid.capacity;
  return (
    <Flex
      vertical
      gap={2}
      style={{ padding: '4px 0' }}
      data-testid="grid-node"
      data-grid-id={grid.id}
      data-level={grid.level}
    >
      <Flex gap={6} wrap align="center">
        <strong data-testid="grid-name">{grid.name}</strong>
        <Tag>{t(`gov.gridLevel.${grid.level}`)}</Tag>
        {full ? <Tag color="error">{t('gov.grid.full')}</Tag> : null}
      </Flex>
      <div
        data-testid="grid-count"
        data-count={grid.householdCount}
        data-capacity={isArea ? grid.capacity : undefined}
        style={{ maxWidth: 320 }}
      >
        {isArea ? (
          <ProgressBar
            value={grid.capacity > 0 ? grid.householdCount / grid.capacity : 0}
            label={t('gov.grid.countOfCapacity', { count: grid.householdCount, capacity: grid.capacity })}
            danger={full}
          />
        ) : (
          <span style={{ color: COLORS.textSecondary }}>
            {t('gov.grid.households', { count: grid.householdCount })}
          </span>
        )}
      </div>
      <span data-testid="grid-leader" style={{ color: COLORS.textSecondary }}>
        <UserOutlined /> {t('gov.grid.leader')}：
        {leaders.length ? leaders.map((member) => member.cadre.name).join('、') : t('gov.grid.vacant')}
      </span>
      {members.length ? (
        <span data-testid="grid-members" style={{ color: COLORS.textSecondary }}>
          <TeamOutlined /> {t('gov.grid.members')}：{members.map((member) => member.cadre.name).join('、')}
        </span>
      ) : null}
    </Flex>
  );
}

/** The 3-level grid of a region, every level open: leaders, members, households vs capacity. */
export function GridTree({ grids }: { grids: GridNode[] }) {
  const items = toItems(grids);
  const keys: string[] = [];
  const collect = (list: TreeItem[]) => list.forEach((item) => (keys.push(item.key), collect(item.children)));
  collect(items);
  return (
    <div data-testid="grid-tree">
      <Tree<TreeItem>
        blockNode
        selectable={false}
        defaultExpandedKeys={keys}
        treeData={items}
        titleRender={(item) => <GridTitle grid={item.grid} />}
      />
    </div>
  );
}
