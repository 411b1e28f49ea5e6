import { Card, Flex, Select, Tag } from 'antd';
import {
  COLORS,
  defineMessages,
  isAboveVillage,
  PageHeader,
  QueryState,
  RegionPicker,
  useGqlQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { useState } from 'react';
import { LoopFailuresDocument, type LoopFailureFieldsFragment } from '../gql/graphql';
import { FORUM_MESSAGES } from './ForumMessages';

defineMessages(FORUM_MESSAGES);

const FAILURES = ['notDeliberated', 'notHandled', 'notClosed', 'ineffective'] as const;

/** One region's counts as a card: fits a phone, a grid of cards on a desk. */
function FailureCard({ row, testId, title }: { row: LoopFailureFieldsFragment; testId: string; title?: string }) {
  const t = useT();
  return (
    <Card
      size="small"
      title={title ?? row.region?.name ?? row.code}
      extra={<span style={{ color: COLORS.textSecondary }}>{`${t('failures.raised')} ${row.raised}`}</span>}
      style={{ width: 300, maxWidth: '100%' }}
      data-testid={testId}
      data-code={row.code}
    >
      <Flex gap={6} wrap>
        {FAILURES.map((key) => (
          <Tag
            key={key}
            color={row[key] > 0 ? 'error' : 'default'}
            data-testid={`${testId}-${key}`}
            data-value={row[key]}
          >
            {t(`failures.${key}`)} {row[key]}
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}

/** 说而不议、议而不办、办而不结、结而无效 per village and per township, with each one's definition. */
export function LoopFailuresPage() {
  const t = useT();
  const session = useSession();
  const divisionCode = session?.account.divisionCode ?? '';
  const thisYear = new Date().getFullYear();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [year, setYear] = useState(thisYear);
  const query = useGqlQuery(LoopFailuresDocument, { regionCode: regionCode ?? null, year });
  const board = query.data?.agendaLoopFailures ?? null;

  return (
    <section data-testid="loop-failures-page">
      <PageHeader title={t('failures.title')} marginBottom={16}>
        <Flex gap={8} wrap align="center">
          {isAboveVillage(divisionCode) ? <RegionPicker rootCode={divisionCode} onChange={setRegionCode} /> : null}
          <Select
            value={year}
            onChange={setYear}
            options={[0, 1, 2].map((n) => ({ value: thisYear - n, label: String(thisYear - n) }))}
            aria-label={t('failures.year')}
            data-testid="loop-failures-year"
          />
        </Flex>
      </PageHeader>
      <Card size="small" style={{ marginBottom: 16 }} data-testid="loop-failures-help">
        <Flex vertical gap={4}>
          {FAILURES.map((key) => (
            <span key={key}>
              <b>{t(`failures.${key}`)}</b>：{t(`failures.help.${key}`)}
            </span>
          ))}
        </Flex>
      </Card>
      <QueryState
        testId="loop-failures"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data != null}
        isEmpty={!board || board.villages.length === 0}
        emptyText={t('failures.empty')}
        onRetry={query.reload}
      >
        {board ? (
          <Flex vertical gap={16}>
            <span style={{ color: COLORS.textSecondary }}>{t('failures.asOf', { date: board.asOf })}</span>
            <FailureCard row={board.total} title={t('failures.total')} testId="loop-failures-total" />
            {board.townships.length > 1 ? (
              <>
                <h3 style={{ margin: 0 }}>{t('failures.townships')}</h3>
                <Flex gap={12} wrap>
                  {board.townships.map((row) => (
                    <FailureCard key={row.code} row={row} testId="loop-failures-township" />
                  ))}
                </Flex>
              </>
            ) : null}
            <h3 style={{ margin: 0 }}>{t('failures.villages')}</h3>
            <Flex gap={12} wrap>
              {board.villages.map((row) => (
                <FailureCard key={row.code} row={row} testId="loop-failures-village" />
              ))}
            </Flex>
          </Flex>
        ) : null}
      </QueryState>
    </section>
  );
}
