import { ClockCircleOutlined } from '@ant-design/icons';
import { COLORS, useT } from '@xiangzhi/platform';
import { Tag } from 'antd';
import type { CaseRow } from '../../api/cases';
import { clockTone, type ClockTone } from '../../lib/cases';

const TONE_COLORS: Record<ClockTone, { color: string; background: string }> = {
  red: { color: COLORS.error, background: COLORS.errorBg },
  yellow: { color: COLORS.warning, background: COLORS.warningBg },
  normal: { color: COLORS.textSecondary, background: COLORS.fill },
  paused: { color: COLORS.textSecondary, background: COLORS.fill },
  closed: { color: COLORS.textTertiary, background: COLORS.fillAlt },
};

/** Row background and left edge of an overdue (red) or yellow case. */
export function toneStyle(tone: ClockTone): { borderLeft: string; background?: string } {
  if (tone === 'red') return { borderLeft: `4px solid ${COLORS.error}`, background: COLORS.errorBg };
  if (tone === 'yellow') return { borderLeft: `4px solid ${COLORS.warning}`, background: COLORS.warningBg };
  return { borderLeft: `4px solid transparent` };
}

/** Days waited and days remaining (or overdue), coloured by the alert. */
export interface ClockFacts extends Pick<CaseRow, 'alert' | 'status'> {
  daysWaited?: number | null;
  daysRemaining?: number | null;
}

export function CaseClock({ row }: { row: ClockFacts }) {
  const t = useT();
  const tone = clockTone(row);
  const colors = TONE_COLORS[tone];
  const remaining = row.daysRemaining;
  let left: string | null = null;
  if (tone === 'paused') left = t('gov.cases.paused');
  else if (tone !== 'closed' && remaining !== null && remaining !== undefined)
    left =
      remaining < 0 ? t('gov.cases.overdueBy', { days: -remaining }) : t('gov.cases.remaining', { days: remaining });
  return (
    <span data-testid="case-clock" data-tone={tone}>
      <Tag bordered={false} style={{ color: colors.color, background: colors.background, marginInlineEnd: 4 }}>
        <ClockCircleOutlined />{' '}
        {row.daysWaited === undefined || row.daysWaited === null
          ? t(`gov.caseAlert.${row.alert}`)
          : t('gov.cases.waited', { days: row.daysWaited })}
      </Tag>
      {left ? (
        <Tag
          bordered={false}
          style={{ color: colors.color, background: colors.background, fontWeight: 600 }}
          data-testid="case-remaining"
        >
          {left}
        </Tag>
      ) : null}
    </span>
  );
}
