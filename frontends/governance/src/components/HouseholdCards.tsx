import { EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { useT } from '@xiangzhi/platform';
import { Card, Flex, Spin } from 'antd';
import type { HouseholdRow } from '../households-query';
import { PairedCadres } from './PairedCadres';

/** Phone width: a card per household instead of a table that would scroll sideways. */
export function HouseholdCards({ households, loading }: { households: HouseholdRow[]; loading: boolean }) {
  const t = useT();
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={10} data-testid="households-cards">
        {households.map((row) => (
          <Card
            key={row.id}
            size="small"
            title={<span data-testid="household-head">{row.headName}</span>}
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
              <span style={{ color: 'rgba(0,0,0,0.55)' }}>
                {t('governance.grid')}：{row.grid?.name ?? t('governance.noGrid')}
              </span>
              <PairedCadres cadres={row.pairedCadres} />
            </Flex>
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
