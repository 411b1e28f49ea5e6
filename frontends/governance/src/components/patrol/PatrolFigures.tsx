import { COLORS, useGqlQuery, useT } from '@xiangzhi/platform';
import { Alert, Card, Flex, Input, Spin } from 'antd';
import { useState } from 'react';
import { PATROL_FIGURES_QUERY } from '../../api/patrol';
import { periodOf } from '../../lib/dates';

const COLUMNS = ['checkIns', 'windows', 'late', 'missed', 'missedPoints'] as const;

/** Each grid's patrols of a month: check-ins, windows due, late, missed, points missed. */
export function PatrolFigures() {
  const t = useT();
  const [month, setMonth] = useState(periodOf('MONTH'));
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const query = useGqlQuery(PATROL_FIGURES_QUERY, { month }, { skip: !valid });
  return (
    <Flex vertical gap={8} data-testid="patrol-figures">
      <Input
        type="month"
        value={month}
        onChange={(e) => setMonth(e.target.value)}
        aria-label={t('gov.patrol.month')}
        style={{ maxWidth: 200 }}
        data-testid="patrol-figures-month"
      />
      {query.error ? <Alert type="error" showIcon title={query.error.message} /> : null}
      {!query.data && valid ? <Spin /> : null}
      {query.data?.patrolFigures.map((row) => (
        <Card key={`${row.villageCode}-${row.gridId ?? ''}`} size="small" data-testid="patrol-figure-row">
          <strong>{row.name}</strong>
          <Flex gap={16} wrap style={{ marginTop: 4 }}>
            {COLUMNS.map((c) => (
              <span key={c} style={{ color: c.startsWith('missed') && row[c] > 0 ? COLORS.error : COLORS.text }}>
                {t(`gov.patrol.fig.${c}`)} <b data-testid={`patrol-fig-${c}`}>{row[c]}</b>
              </span>
            ))}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
