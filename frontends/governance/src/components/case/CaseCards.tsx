import { EnvironmentOutlined, UserOutlined } from '@ant-design/icons';
import { COLORS, useT } from '@xiangzhi/platform';
import { Card, Flex, Tag } from 'antd';
import type { CaseRow } from '../../api/cases';
import { clockTone } from '../../lib/cases';
import { Link } from '../../lib/routing';
import { CaseClock, toneStyle } from './CaseClock';

/** The ledger and the to-do queue: one card per case, overdue ones red, yellow ones yellow. */
export function CaseCards({ cases, showParticipants = false }: { cases: CaseRow[]; showParticipants?: boolean }) {
  const t = useT();
  return (
    <Flex vertical gap={8} data-testid="case-cards">
      {cases.map((row) => {
        const tone = clockTone(row);
        return (
          <Card
            key={row.id}
            size="small"
            style={toneStyle(tone)}
            styles={{ body: { padding: '10px 12px' } }}
            data-testid="case-row"
            data-case-id={row.id}
            data-status={row.status}
            data-level={row.level}
            data-tone={tone}
          >
            <Flex vertical gap={4}>
              <Flex justify="space-between" align="baseline" gap={8} wrap>
                <Link to={{ page: 'case', id: row.id }} testId="case-open">
                  <strong style={{ fontSize: 16 }}>{row.title}</strong>
                </Link>
                <span style={{ color: COLORS.textTertiary, fontSize: 12 }} data-testid="case-code">
                  {row.code}
                </span>
              </Flex>
              <Flex gap={4} wrap>
                <Tag color="blue" data-testid="case-status">
                  {t(`gov.caseStatus.${row.status}`)}
                </Tag>
                <Tag data-testid="case-level">{t(`gov.caseLevel.${row.level}`)}</Tag>
                <Tag>{t(`gov.caseKind.${row.kind}`)}</Tag>
                <Tag>{t(`gov.caseDomain.${row.domain}`)}</Tag>
                {row.flags.map((flag) => (
                  <Tag key={flag} color="red" data-testid="case-flag">
                    {t(`gov.caseFlag.${flag}`)}
                  </Tag>
                ))}
              </Flex>
              <span style={{ color: COLORS.textSecondary }}>
                <EnvironmentOutlined />{' '}
                {[row.village?.name, row.household?.headName, row.place].filter(Boolean).join(' · ')}
              </span>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <CaseClock row={row} />
                <span style={{ color: COLORS.textSecondary }} data-testid="case-responsible">
                  <UserOutlined /> {row.responsible?.name ?? t('gov.cases.noResponsible')}
                </span>
              </Flex>
              {showParticipants && row.participants.length > 0 ? (
                <span style={{ color: COLORS.textTertiary, fontSize: 12 }} data-testid="case-participants">
                  {t('gov.cases.alsoWorking', { names: row.participants.join('、') })}
                </span>
              ) : null}
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
