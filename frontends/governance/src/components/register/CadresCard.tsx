import { PlusOutlined } from '@ant-design/icons';
import { PagedQueryState, usePagedQuery, useT, COLORS, type Connection } from '@xiangzhi/platform';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { CADRES_QUERY, type CadreRow } from '../../api/register-forms';
import { ROW_CARD_STYLE } from '../RowList';
import { CadreForm } from './CadreForm';

/** The cadres of a village or township, with 新增 and 修改 for those who manage them. */
export function CadresCard({ divisionCode, canManage }: { divisionCode: string; canManage: boolean }) {
  const t = useT();
  const [editing, setEditing] = useState<CadreRow | 'new' | null>(null);
  const query = usePagedQuery(
    CADRES_QUERY,
    { regionCode: divisionCode },
    { pageSize: 100, connection: (data: { cadres: Connection<CadreRow> }) => data.cadres },
  );
  // only the cadres of this division itself (a township's list would hold every village's)
  const cadres = query.nodes.filter((cadre) => cadre.divisionCode === divisionCode);
  const saved = () => {
    setEditing(null);
    query.reload();
  };
  return (
    <Flex vertical gap={8} data-testid="cadres-card">
      {canManage && editing === null ? (
        <Button
          icon={<PlusOutlined />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setEditing('new')}
          data-testid="cadre-create"
        >
          {t('gov.cadreForm.add')}
        </Button>
      ) : null}
      {editing ? (
        <CadreForm
          key={editing === 'new' ? 'new' : editing.id}
          divisionCode={divisionCode}
          cadre={editing === 'new' ? undefined : editing}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <PagedQueryState testId="cadres" query={query}>
        <Flex vertical gap={6}>
          {cadres.map((cadre) => (
            <Flex
              key={cadre.id}
              justify="space-between"
              align="center"
              wrap
              gap={6}
              style={ROW_CARD_STYLE}
              data-testid="cadre-row"
              data-cadre-id={cadre.id}
            >
              <span>
                <strong data-testid="cadre-row-name">{cadre.name}</strong>
                <span style={{ color: COLORS.textSecondary, marginInlineStart: 8 }}>
                  {cadre.post} · {t(`gov.cadreKind.${cadre.kind}`)} ·{' '}
                  {t('gov.pairForm.load', { paired: cadre.pairedCount, capacity: cadre.capacity })}
                </span>
              </span>
              {canManage ? (
                <Button size="small" onClick={() => setEditing(cadre)} data-testid="cadre-edit">
                  {t('gov.cadreForm.edit')}
                </Button>
              ) : null}
            </Flex>
          ))}
        </Flex>
      </PagedQueryState>
    </Flex>
  );
}
