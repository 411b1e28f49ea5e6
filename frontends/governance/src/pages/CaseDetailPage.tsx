import { LeftOutlined } from '@ant-design/icons';
import { defineMessages, QueryState, useGqlQuery, useT } from '@xiangzhi/platform';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { CASE_QUERY, type CaseDetail } from '../api/cases';
import { CaseActions } from '../components/case/CaseActions';
import { CaseAttachments } from '../components/case/CaseAttachments';
import { CaseFacts } from '../components/case/CaseFacts';
import { CaseTimeline } from '../components/case/CaseTimeline';
import { navigate } from '../lib/routing';
import { CASE_MESSAGES } from '../messages/cases';

defineMessages(CASE_MESSAGES);

/** A case: its facts, the actions the caller may take now, its photos and its timeline. */
export function CaseDetailPage({ id }: { id: string }) {
  const t = useT();
  const query = useGqlQuery(CASE_QUERY, { id });
  // The case a transition answered with: newer than the query's until the next reload.
  const [fresh, setFresh] = useState<CaseDetail | null>(null);
  const loaded = query.data?.case ?? null;
  const item = fresh && (!loaded || fresh.version > loaded.version) ? fresh : loaded;
  const reload = () => {
    setFresh(null);
    query.reload();
  };

  return (
    <section data-testid="case-page" data-case-id={id} data-status={item?.status} data-level={item?.level}>
      <Button
        type="link"
        icon={<LeftOutlined />}
        style={{ padding: 0, marginBottom: 8 }}
        onClick={() => navigate({ page: 'cases' })}
        data-testid="case-back"
      >
        {t('gov.case.back')}
      </Button>
      <QueryState
        testId="case"
        loading={query.loading && !item}
        error={query.error}
        hasData={query.data !== null}
        isEmpty={query.data?.case === null}
        onRetry={reload}
        emptyText={t('gov.case.notFound')}
      >
        {item ? (
          <Flex vertical gap={12} style={{ maxWidth: 760 }}>
            <h2 style={{ margin: 0, fontSize: 20, overflowWrap: 'anywhere' }} data-testid="case-title">
              {item.title}
            </h2>
            <Card size="small" title={t('gov.case.actions')}>
              <CaseActions item={item} onDone={setFresh} onReload={reload} />
            </Card>
            <Card size="small" title={t('gov.case.facts')}>
              <CaseFacts item={item} />
            </Card>
            <Card size="small" title={t('gov.case.attachments')}>
              <CaseAttachments attachments={item.attachments} />
            </Card>
            <Card size="small" title={t('gov.case.timeline')}>
              <CaseTimeline entries={item.timeline} />
            </Card>
          </Flex>
        ) : null}
      </QueryState>
    </section>
  );
}
