import { useT } from '@xiangzhi/platform';
import { Card, Flex, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { ResidentDetail } from '../../api/household';
import { birthOf } from '../../lib/display';
import { RowList } from '../RowList';
import { UnmaskableValue } from './UnmaskableValue';

/** Members with masked ID numbers and phones; permitted roles may reveal one with a reason. */
export interface ResidentsSectionProps {
  residents: ResidentDetail[];
  canUnmaskIdCard: boolean;
  canUnmaskPhone: boolean;
  /** Buttons for a member (edit, remove), when the register may be changed. */
  actions?(row: ResidentDetail): ReactNode;
}

export function ResidentsSection({ residents, canUnmaskIdCard, canUnmaskPhone, actions }: ResidentsSectionProps) {
  const t = useT();
  const idCard = (row: ResidentDetail) => (
    <UnmaskableValue
      residentId={row.id}
      field="ID_CARD_NO"
      masked={row.idCardMasked}
      canUnmask={canUnmaskIdCard}
      testId="resident-idcard"
      unmaskTestId="unmask-idcard"
    />
  );
  const phone = (row: ResidentDetail) => (
    <UnmaskableValue
      residentId={row.id}
      field="PHONE"
      masked={row.phoneMasked}
      canUnmask={canUnmaskPhone}
      testId="resident-phone"
      unmaskTestId="unmask-phone"
    />
  );
  const name = (row: ResidentDetail) => (
    <span data-testid="resident-name">
      {row.name}
      {row.isHead ? (
        <Tag color="red" style={{ marginInlineStart: 6 }}>
          {t('gov.resident.head')}
        </Tag>
      ) : null}
    </span>
  );
  const sexAndBirth = (row: ResidentDetail) => [t(`gov.sex.${row.sex}`), birthOf(row, t)].filter(Boolean).join(' · ');

  const columns: TableColumnsType<ResidentDetail> = [
    { key: 'name', title: t('gov.resident.name'), width: 130, render: (_, row) => name(row) },
    { key: 'relation', title: t('gov.resident.relation'), dataIndex: 'relation', width: 90 },
    { key: 'sex', title: t('gov.resident.sexBirth'), width: 130, render: (_, row) => sexAndBirth(row) },
    { key: 'idCard', title: t('gov.resident.idCard'), render: (_, row) => idCard(row) },
    { key: 'phone', title: t('gov.resident.phone'), render: (_, row) => phone(row) },
    { key: 'occupation', title: t('gov.resident.occupation'), dataIndex: 'occupation', width: 110 },
    ...(actions
      ? [{ key: 'actions', title: '', width: 120, render: (_: unknown, row: ResidentDetail) => actions(row) }]
      : []),
  ];
  return (
    <RowList<ResidentDetail>
      testId="residents"
      rowKey="id"
      columns={columns}
      rows={residents}
      rowAttributes={(row) => ({ 'data-testid': 'resident-row', 'data-resident-id': row.id })}
      scrollX={760}
      renderCard={(row, attributes) => (
        <Card size="small" title={name(row)} extra={row.relation} {...attributes}>
          <Flex vertical gap={4}>
            <span>
              {sexAndBirth(row)}
              {row.occupation ? ` · ${row.occupation}` : ''}
            </span>
            <span>
              {t('gov.resident.idCard')}：{idCard(row)}
            </span>
            <span>
              {t('gov.resident.phone')}：{phone(row)}
            </span>
            {actions ? actions(row) : null}
          </Flex>
        </Card>
      )}
    />
  );
}
