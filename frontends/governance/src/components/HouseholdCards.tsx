import { EditOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { useT, COLORS } from '@xiangzhi/platform';
import { Button, Card, Flex, Spin } from 'antd';
import type { HouseholdRow } from '../households-query';
import { navigate } from '../lib/routing';
import { Link } from '../lib/routing';
import { PairedCadres } from './PairedCadres';
import { TagList } from './TagList';

/** Phone width: a card per household instead of a table that would scroll sideways. */
export function HouseholdCards({
  households,
  loading,
  canVisit,
}: {
  households: HouseholdRow[];
  loading: boolean;
  canVisit: boolean;
}) {
  const t = useT();
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={10} data-testid="households-cards">
        {households.map((row) => (
          <Card
            key={row.id}
            size="small"
            title={
              <Link to={{ page: 'household', id: row.id }} testId="household-open">
                <span data-testid="household-head">{row.headName}</span>
              </Link>
            }
            extra={
              <span>
                <TeamOutlined /> {t('governance.membersCount', { count: row.memberCount })}
              </span>
            }
            data-testid="household-row"
            data-household-id={row.id}
          >
            <Flex vertical gap={6}>
              <span>
                <EnvironmentOutlined /> {row.village ? `${row.village.name} · ` : ''}
                {row.address}
              </span>
              <span style={{ color: COLORS.textSecondary }}>
                {t('governance.grid')}：{row.grid?.name ?? t('governance.noGrid')}
              </span>
              <TagList tags={row.tags} />
              <Flex justify="space-between" align="center" gap={8} wrap>
                <PairedCadres cadres={row.pairedCadres} />
                {canVisit ? (
                  <Button
                    icon={<EditOutlined />}
                    onClick={() => navigate({ page: 'visit-new', household: row.id })}
                    data-testid="household-visit"
                  >
                    {t('gov.households.recordVisit')}
                  </Button>
                ) : null}
              </Flex>
            </Flex>
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
