import { CursorPager, QueryState, useCursorPages, useGqlQuery, useIsPhone, useT } from '@xiangzhi/platform';
import { Flex, Table, Tag, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { nodesOf, type Connection } from '../../api/enums';
import { CADRE_LOAD_QUERY, type CadreLoad } from '../../api/pairing';
import { ProgressBar } from '../ProgressBar';

const PAGE_SIZE = 50;

function Load({ cadre }: { cadre: CadreLoad }) {
  const t = useT();
  const over = cadre.pairedCount > cadre.capacity;
  return (
    <div data-testid="cadre-load-bar" data-paired={cadre.pairedCount} data-capacity={cadre.capacity}>
      <ProgressBar value={cadre.capacity > 0 ? cadre.pairedCount / cadre.capacity : 1} label={`${cadre.pairedCount} / ${cadre.capacity}`} danger={over} />
      {cadre.pairedCount < cadre.capacityMin ? (
        <span style={{ fontSize: 12, color: '#d46b08' }}>{t('gov.pairing.belowMin', { min: cadre.capacityMin })}</span>
      ) : null}
    </div>
  );
}

const rowAttributes = (row: CadreLoad) => ({ 'data-testid': 'cadre-load-row', 'data-cadre-id': row.id }) as HTMLAttributes<HTMLElement>;

/** Each cadre's paired households against their capacity (5–10 by default, per jurisdiction). */
export function CadreLoadSection({ regionCode }: { regionCode: string | null }) {
  const t = useT();
  const isPhone = useIsPhone();
  const pages = useCursorPages(regionCode ?? '');
  const query = useGqlQuery<{ cadres: Connection<CadreLoad> }>(CADRE_LOAD_QUERY, { regionCode, first: PAGE_SIZE, after: pages.after });
  const cadres = nodesOf(query.data?.cadres);
  const name = (cadre: CadreLoad) => (
    <span>
      <strong data-testid="cadre-load-name">{cadre.name}</strong>
      {cadre.isLiaisonLeader ? (
        <Tag color="purple" style={{ marginInlineStart: 6 }}>
          {t('gov.pairing.liaisonLeader')}
        </Tag>
      ) : null}
    </span>
  );
  const columns: TableColumnsType<CadreLoad> = [
    { key: 'name', title: t('gov.pairing.cadre'), width: 160, render: (_, row) => name(row) },
    { key: 'post', title: t('gov.pairing.post'), dataIndex: 'post' },
    { key: 'grid', title: t('governance.grid'), render: (_, row) => row.grid?.name ?? '—' },
    { key: 'load', title: t('gov.pairing.load'), width: 220, render: (_, row) => <Load cadre={row} /> },
  ];
  return (
    <QueryState testId="cadre-load" loading={query.loading} error={query.error} hasData={query.data !== null} isEmpty={cadres.length === 0} onRetry={query.reload}>
      {isPhone ? (
        <Flex vertical gap={8} data-testid="cadre-load-list">
          {cadres.map((cadre) => (
            <div key={cadre.id} data-testid="cadre-load-row" data-cadre-id={cadre.id} style={{ padding: 10, border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff' }}>
              <Flex justify="space-between" wrap gap={6}>
                {name(cadre)}
                <span style={{ color: 'rgba(0,0,0,0.55)' }}>{cadre.post}</span>
              </Flex>
              <Load cadre={cadre} />
            </div>
          ))}
        </Flex>
      ) : (
        <div data-testid="cadre-load-list">
          <Table<CadreLoad> rowKey="id" size="small" columns={columns} dataSource={cadres} loading={query.loading} pagination={false} onRow={rowAttributes} />
        </div>
      )}
      {query.data ? (
        <CursorPager
          testId="cadre-load-pager"
          page={pages.page}
          pageSize={PAGE_SIZE}
          totalCount={query.data.cadres.totalCount}
          hasNextPage={query.data.cadres.pageInfo.hasNextPage}
          loading={query.loading}
          onPrev={pages.prev}
          onNext={() => query.data && pages.next(query.data.cadres.pageInfo.endCursor)}
        />
      ) : null}
    </QueryState>
  );
}
