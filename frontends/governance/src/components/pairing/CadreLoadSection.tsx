import { PagedQueryState, usePagedQuery, useT, type Connection, COLORS } from '@xiangzhi/platform';
import { Flex, Tag, type TableColumnsType } from 'antd';
import { CADRE_LOAD_QUERY, type CadreLoad } from '../../api/pairing';
import { ProgressBar } from '../ProgressBar';
import { ROW_CARD_STYLE, RowList } from '../RowList';

const PAGE_SIZE = 50;

function Load({ cadre }: { cadre: CadreLoad }) {
  const t = useT();
  const over = cadre.pairedCount > cadre.capacity;
  return (
    <div data-testid="cadre-load-bar" data-paired={cadre.pairedCount} data-capacity={cadre.capacity}>
      <ProgressBar
        value={cadre.capacity > 0 ? cadre.pairedCount / cadre.capacity : 1}
        label={`${cadre.pairedCount} / ${cadre.capacity}`}
        danger={over}
      />
      {cadre.pairedCount < cadre.capacityMin ? (
        <span style={{ fontSize: 12, color: COLORS.warning }}>
          {t('gov.pairing.belowMin', { min: cadre.capacityMin })}
        </span>
      ) : null}
    </div>
  );
}

/** Each cadre's paired households against their capacity (5–10 by default, per jurisdiction). */
export function CadreLoadSection({ regionCode }: { regionCode: string | null }) {
  const t = useT();
  const query = usePagedQuery(
    CADRE_LOAD_QUERY,
    { regionCode },
    { pageSize: PAGE_SIZE, connection: (data: { cadres: Connection<CadreLoad> }) => data.cadres },
  );
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
    <PagedQueryState testId="cadre-load" query={query}>
      <RowList<CadreLoad>
        testId="cadre-load-list"
        rowKey="id"
        columns={columns}
        rows={query.nodes}
        loading={query.loading}
        rowAttributes={(row) => ({ 'data-testid': 'cadre-load-row', 'data-cadre-id': row.id })}
        renderCard={(cadre, attributes) => (
          <div {...attributes} style={ROW_CARD_STYLE}>
            <Flex justify="space-between" wrap gap={6}>
              {name(cadre)}
              <span style={{ color: COLORS.textSecondary }}>{cadre.post}</span>
            </Flex>
            <Load cadre={cadre} />
          </div>
        )}
      />
    </PagedQueryState>
  );
}
