import { COLORS, useT } from '@xiangzhi/platform';
import { Flex, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { CaseDetail } from '../../api/cases';
import { formatDateTime } from '../../lib/dates';
import { Link } from '../../lib/routing';
import { CaseClock } from './CaseClock';

function Fact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <Flex gap={8} style={{ minWidth: 0 }}>
      <span style={{ color: COLORS.textSecondary, flex: '0 0 5em' }}>{label}</span>
      <span style={{ minWidth: 0, overflowWrap: 'anywhere' }} data-testid={testId}>
        {children}
      </span>
    </Flex>
  );
}

/** What the case is about, where it stands and, once resolved, its outcome. */
export function CaseFacts({ item }: { item: CaseDetail }) {
  const t = useT();
  return (
    <Flex vertical gap={6} data-testid="case-facts">
      <Flex gap={4} wrap>
        <Tag color="blue" data-testid="case-detail-status">
          {t(`gov.caseStatus.${item.status}`)}
        </Tag>
        <Tag data-testid="case-detail-level">{t(`gov.caseLevel.${item.level}`)}</Tag>
        <Tag>{t(`gov.caseKind.${item.kind}`)}</Tag>
        <Tag>{t(`gov.caseDomain.${item.domain}`)}</Tag>
        {item.agendaItemId ? (
          <Tag color="purple" data-testid="case-from-forum">
            {t('gov.case.fromForum')}
          </Tag>
        ) : null}
        {item.flags.map((flag) => (
          <Tag key={flag} color="red">
            {t(`gov.caseFlag.${flag}`)}
          </Tag>
        ))}
      </Flex>
      <CaseClock row={item} />
      <Fact label={t('gov.case.code')}>{item.code}</Fact>
      <Fact label={t('gov.case.source')}>{t(`gov.caseSource.${item.source}`)}</Fact>
      {item.household ? (
        <Fact label={t('gov.case.household')} testId="case-household">
          <Link to={{ page: 'household', id: item.household.id }}>{item.household.headName}</Link>
        </Fact>
      ) : null}
      {item.place ? <Fact label={t('gov.case.place')}>{item.place}</Fact> : null}
      <Fact label={t('gov.case.village')}>
        {[item.village?.name, item.grid?.name].filter(Boolean).join(' · ') || item.divisionCode}
      </Fact>
      <Fact label={t('gov.cases.responsible')} testId="case-detail-responsible">
        {item.responsible ? `${item.responsible.name}（${item.responsible.post}）` : t('gov.cases.noResponsible')}
      </Fact>
      <Fact label={t('gov.case.raisedBy')}>
        {item.raisedBy}
        {item.onBehalf ? t('gov.case.onBehalf') : ''} · {formatDateTime(item.raisedAt)}
      </Fact>
      {item.dueAt ? (
        <Fact label={t('gov.case.clock')}>{t('gov.cases.due', { date: formatDateTime(item.dueAt) })}</Fact>
      ) : null}
      {item.extensionDays > 0 ? (
        <Fact label={t('gov.case.extension')}>{t('gov.case.extensionDays', { days: item.extensionDays })}</Fact>
      ) : null}
      {item.pendingExtension ? (
        <Fact label={t('gov.case.extension')} testId="case-pending-extension">
          {t('gov.case.pendingExtension', {
            name: item.pendingExtension.requestedBy,
            days: item.pendingExtension.days,
            reason: item.pendingExtension.reason,
          })}
        </Fact>
      ) : null}
      <Fact label={t('gov.case.description')} testId="case-description">
        <span style={{ whiteSpace: 'pre-wrap' }}>{item.description}</span>
      </Fact>
      {item.closeType ? (
        <Fact label={t('gov.case.closeType')} testId="case-close-type">
          {t(`gov.closeType.${item.closeType}`)}
        </Fact>
      ) : null}
      {item.result ? (
        <Fact label={t('gov.case.result')} testId="case-result">
          {item.result}
        </Fact>
      ) : null}
      {item.satisfaction ? (
        <Fact label={t('gov.case.satisfaction')} testId="case-satisfaction">
          {t(`gov.satisfaction.${item.satisfaction}`)}
          {item.feedback ? `：${item.feedback}` : ''}
        </Fact>
      ) : null}
      {item.objectionUntil && item.status === 'CLOSED' ? (
        <span style={{ color: COLORS.textSecondary }}>
          {t('gov.case.objectionUntil', { date: formatDateTime(item.objectionUntil) })}
        </span>
      ) : null}
      <span style={{ color: COLORS.textTertiary, fontSize: 12 }} data-testid="case-counts">
        {t('gov.case.counts', {
          escalations: item.escalationCount,
          returns: item.returnCount,
          reopens: item.reopenCount,
        })}
      </span>
    </Flex>
  );
}
