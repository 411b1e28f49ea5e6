import { COLORS, useGqlQuery, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Spin, Tag } from 'antd';
import { useState } from 'react';
import { MY_PATROL_DAY_QUERY, type PatrolWindowRow, type PatrolWindowState } from '../../api/patrol';
import { formatDateTime } from '../../lib/dates';
import { CheckInForm } from './CheckInForm';

const STATE_COLOR: Record<PatrolWindowState, string | undefined> = {
  ON_TIME: 'success',
  LATE: 'warning',
  MISSED: 'error',
  OPEN: 'processing',
  UPCOMING: undefined,
};

const clock = (iso: string): string => formatDateTime(iso).slice(-5);

/** 今日巡查 (phone-first): the caller's points of today in time and route order, each with its window and state. */
export function PatrolToday() {
  const t = useT();
  const query = useGqlQuery(MY_PATROL_DAY_QUERY, { day: null });
  const [open, setOpen] = useState<string | null>(null);
  if (query.error) return <Alert type="error" showIcon title={query.error.message} />;
  if (!query.data) return <Spin />;
  const windows = query.data.myPatrolDay;
  if (!windows.length)
    return <Alert type="info" showIcon title={t('gov.patrol.empty')} data-testid="patrol-today-empty" />;
  return (
    <Flex vertical gap={8} data-testid="patrol-today">
      {windows.map((w: PatrolWindowRow) => (
        <Card
          key={`${w.pointId}-${w.day}`}
          size="small"
          data-testid="patrol-window"
          data-state={w.state}
          style={w.state === 'MISSED' ? { borderColor: COLORS.errorBorder } : undefined}
        >
          <Flex justify="space-between" align="center" gap={8} wrap>
            <strong data-testid="patrol-point-name">
              {w.point.seq}. {w.point.name}
            </strong>
            <Tag color={STATE_COLOR[w.state]} data-testid="patrol-window-state">
              {t(`gov.patrol.state.${w.state}`)}
            </Tag>
          </Flex>
          <div style={{ color: COLORS.textSecondary, fontSize: 13, margin: '4px 0' }}>
            {t('gov.patrol.window', { start: w.point.windowStart, end: w.point.windowEnd })}
            {w.checkedInAt ? ` · ${t('gov.patrol.checkedAt', { time: clock(w.checkedInAt) })}` : ''}
          </div>
          {open === w.pointId ? (
            <CheckInForm
              point={w.point}
              onDone={() => {
                setOpen(null);
                query.reload();
              }}
            />
          ) : (
            <Button
              type={w.state === 'OPEN' || w.state === 'LATE' ? 'primary' : 'default'}
              block
              size="large"
              onClick={() => setOpen(w.pointId)}
              data-testid="patrol-open-check-in"
            >
              {t('gov.patrol.checkIn')}
            </Button>
          )}
        </Card>
      ))}
    </Flex>
  );
}
