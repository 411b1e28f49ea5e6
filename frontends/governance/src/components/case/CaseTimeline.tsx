import { COLORS, useT } from '@xiangzhi/platform';
import { Timeline } from 'antd';
import type { CaseDetail } from '../../api/cases';
import { formatDateTime } from '../../lib/dates';

type Entry = CaseDetail['timeline'][number];

const colorOf = (entry: Entry): string => {
  if (entry.action === 'ALERT_RED' || entry.action === 'RETURN' || entry.action === 'OBJECTED') return 'red';
  if (entry.action === 'ESCALATE' || entry.action === 'ALERT_YELLOW') return 'orange';
  if (entry.toStatus === 'CLOSED' || entry.toStatus === 'RESOLVED') return 'green';
  return 'blue';
};

/** Every step of the case, oldest first: what, who, when, why, and a level move (网格 → 村). */
export function CaseTimeline({ entries }: { entries: Entry[] }) {
  const t = useT();
  return (
    <Timeline
      data-testid="case-timeline"
      items={entries.map((entry) => ({
        key: entry.id,
        color: colorOf(entry),
        content: (
          <div data-testid="case-timeline-entry" data-action={entry.action} data-to-status={entry.toStatus ?? ''}>
            <div>
              <strong>{t(`gov.caseAction.${entry.action}`)}</strong>
              {entry.toStatus ? <span> → {t(`gov.caseStatus.${entry.toStatus}`)}</span> : null}
              {entry.fromLevel && entry.toLevel && entry.fromLevel !== entry.toLevel ? (
                <span data-testid="case-timeline-level">
                  {' '}
                  （{t(`gov.caseLevel.${entry.fromLevel}`)} → {t(`gov.caseLevel.${entry.toLevel}`)}）
                </span>
              ) : null}
            </div>
            <div style={{ color: COLORS.textSecondary, fontSize: 13 }}>
              <span data-testid="case-timeline-actor">{entry.actorName ?? t('gov.case.system')}</span> ·{' '}
              {formatDateTime(entry.at)}
            </div>
            {entry.reason ? (
              <div style={{ whiteSpace: 'pre-wrap' }} data-testid="case-timeline-reason">
                {entry.reason}
              </div>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
