import { PageHeader, QueryState, useGqlQuery, useIsPhone, useT } from '@xiangzhi/platform';
import { Card, Flex, Input, Tag } from 'antd';
import { useState } from 'react';
import { StarRatingsPageDocument } from '../gql/graphql';

function thisQuarter(): string {
  const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/** 党支部星级: each village's stars for a quarter, with the last quarter's and any veto. */
export function StarRatingPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const [period, setPeriod] = useState(thisQuarter());
  const valid = /^\d{4}-Q[1-4]$/.test(period);
  const query = useGqlQuery(StarRatingsPageDocument, { period }, { skip: !valid });
  const ratings = query.data?.branchStarRatings ?? [];
  return (
    <section data-testid="stars-page">
      <PageHeader title={t('stars.title')} marginBottom={12}>
        <Input
          value={period}
          onChange={(e) => setPeriod(e.target.value.trim())}
          aria-label={t('stars.quarter')}
          maxLength={7}
          style={{ width: isPhone ? '100%' : 140 }}
          data-testid="stars-period"
        />
      </PageHeader>
      <QueryState
        testId="stars"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data != null}
        isEmpty={ratings.length === 0}
        onRetry={query.reload}
      >
        <Flex vertical gap={8}>
          {ratings.map((r) => (
            <Card key={r.id} size="small" data-testid="stars-row">
              <Flex wrap gap={8} align="center">
                <strong style={{ flex: 1 }}>{r.villageCode}</strong>
                <span aria-label={t('stars.stars', { stars: r.stars })}>{'★'.repeat(r.stars)}</span>
                <span>{r.total}</span>
                {r.previousStars != null ? <Tag>{t('stars.previous', { stars: r.previousStars })}</Tag> : null}
                {r.vetoReason ? <Tag color="error">{t('stars.veto', { reason: r.vetoReason })}</Tag> : null}
              </Flex>
            </Card>
          ))}
        </Flex>
      </QueryState>
    </section>
  );
}
