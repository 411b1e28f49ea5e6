import { PrinterOutlined } from '@ant-design/icons';
import {
  COLORS,
  defineMessages,
  isAboveVillage,
  QueryState,
  RegionPicker,
  useGqlQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Tag } from 'antd';
import { useState } from 'react';
import {
  TOWNSHIP_REVIEW_PDF_QUERY,
  TOWNSHIP_REVIEW_QUERY,
  VILLAGE_BRIEFING_PDF_QUERY,
  VILLAGE_BRIEFING_QUERY,
  type GovernanceMeetingListFragment,
} from '../api/figures';
import { Link } from '../lib/routing';
import { useFileAction } from '../lib/useFileAction';
import { FIGURES_MESSAGES } from '../messages/figures';

defineMessages(FIGURES_MESSAGES);

const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '—');

function MeetingList({ list }: { list: GovernanceMeetingListFragment }) {
  const t = useT();
  if (!list.items.length) return <span data-testid="meeting-empty">{t('gov.meetings.empty')}</span>;
  return (
    <Flex vertical gap={8} data-testid="meeting-items">
      {list.items.map(({ case: c, reasons }) => (
        <Card size="small" key={c.id} data-testid="meeting-item">
          <Flex wrap gap={8} align="center">
            <Link to={{ page: 'case', id: c.id }}>{`${c.code} ${c.title}`}</Link>
            {reasons.map((r) => (
              <Tag key={r} color={r === 'OVERDUE' ? 'red' : undefined}>
                {t(`gov.meetings.reason.${r}`)}
              </Tag>
            ))}
          </Flex>
          <span style={{ color: COLORS.textSecondary, fontSize: 13 }}>
            {[c.household?.headName ?? c.place, c.responsible?.name, `${day(c.raisedAt)} → ${day(c.dueAt)}`]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </Card>
      ))}
    </Flex>
  );
}

/** 民情碰头会 (a village) or 民情例会 (a township): the cases awaiting the meeting, and a printable list. */
export function MeetingListsPage() {
  const t = useT();
  const own = useSession()?.account.divisionCode ?? '';
  const [picked, setPicked] = useState<string | null>(null);
  const code = picked ?? own;
  const village = code.length === 12;
  const township = code.length === 9;
  const briefing = useGqlQuery(VILLAGE_BRIEFING_QUERY, { villageCode: code }, { skip: !village });
  const review = useGqlQuery(TOWNSHIP_REVIEW_QUERY, { townshipCode: code }, { skip: !township });
  const briefingPdf = useFileAction(VILLAGE_BRIEFING_PDF_QUERY, 'villageBriefingPdf');
  const reviewPdf = useFileAction(TOWNSHIP_REVIEW_PDF_QUERY, 'townshipReviewPdf');
  const result = village ? briefing : review;
  const list = village ? briefing.data?.villageBriefing : review.data?.townshipReview;
  const pdf = village ? briefingPdf : reviewPdf;

  return (
    <section data-testid="meetings-page" style={{ maxWidth: 960 }}>
      <h2 style={{ margin: '0 0 12px', fontSize: 20 }}>
        {t(village ? 'gov.meetings.briefing' : 'gov.meetings.review')}
      </h2>
      <Flex wrap gap={12} style={{ marginBottom: 12 }} align="center">
        {isAboveVillage(own) ? <RegionPicker rootCode={own} onChange={(c) => setPicked(c ?? null)} /> : null}
        {list ? <span>{t('gov.meetings.count', { n: list.totalCount })}</span> : null}
        <Button
          icon={<PrinterOutlined />}
          disabled={!village && !township}
          loading={pdf.busy}
          data-testid="meetings-print"
          onClick={() =>
            void (village ? briefingPdf.run({ villageCode: code }) : reviewPdf.run({ townshipCode: code }))
          }
        >
          {t('gov.meetings.print')}
        </Button>
      </Flex>
      {pdf.error ? <Alert type="error" showIcon message={pdf.error} /> : null}
      {!village && !township ? (
        <Alert type="info" message={t('gov.meetings.chooseVillage')} />
      ) : (
        <QueryState
          testId="meetings"
          loading={result.loading}
          error={result.error}
          hasData={result.data !== null}
          isEmpty={false}
        >
          {list ? <MeetingList list={list} /> : null}
        </QueryState>
      )}
    </section>
  );
}
