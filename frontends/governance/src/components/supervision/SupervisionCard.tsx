import { COLORS, gqlRequest, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Input, Select, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { CASE_DOMAINS, CASE_KINDS } from '../../api/cases';
import {
  CONVERT_SUPERVISION_MUTATION,
  DECIDE_SUPERVISION_MUTATION,
  REPORT_SUPERVISION_MUTATION,
  SUPERVISION_CARDS_QUERY,
  type SupervisionRow,
} from '../../api/supervision';
import { formatDateTime } from '../../lib/dates';
import { asRequestError } from '../../lib/errors';
import { Link } from '../../lib/routing';
import { useFileAction } from '../../lib/useFileAction';
import { PhotoPicker } from '../case/PhotoPicker';

type Open = 'report' | 'return' | 'case' | null;

/** One 督办卡: the task, its due date (overdue in red), the report, and what the caller may do with it. */
export function SupervisionCard({
  task,
  canDecide,
  onChanged,
}: {
  task: SupervisionRow;
  canDecide: boolean;
  onChanged(): void;
}) {
  const t = useT();
  const [open, setOpen] = useState<Open>(null);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<(typeof CASE_KINDS)[number]>('PROBLEM');
  const [domain, setDomain] = useState<(typeof CASE_DOMAINS)[number]>('GOVERNANCE');
  const [photos, setPhotos] = useState<{ ids: string[]; uploading: boolean }>({ ids: [], uploading: false });
  const [error, setError] = useState<string | null>(null);
  const [raised, setRaised] = useState<{ id: string; code: string } | null>(null);
  const print = useFileAction(SUPERVISION_CARDS_QUERY, 'supervisionCards');
  const onPhotos = useCallback((ids: string[], uploading: boolean) => setPhotos({ ids, uploading }), []);
  const { id: taskId, version } = task;

  const act = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
      setOpen(null);
      setText('');
      onChanged();
    } catch (caught) {
      setError(asRequestError(caught, t('gov.common.failed')).message);
    }
  };
  const mayReport = task.mine && (task.status === 'ISSUED' || task.status === 'RETURNED');
  const mayDecide = canDecide && task.status === 'REPORTED';
  const mayConvert = !!task.report && !task.caseId && !raised;

  return (
    <Card
      size="small"
      data-testid="sup-card"
      data-status={task.status}
      data-overdue={task.overdue}
      style={task.overdue ? { borderColor: COLORS.errorBorder, background: COLORS.errorBg } : undefined}
    >
      <Flex justify="space-between" align="center" gap={8} wrap>
        <strong data-testid="sup-title">{task.title}</strong>
        <Flex gap={4}>
          {task.overdue ? (
            <Tag color="error" data-testid="sup-overdue">
              {t('gov.sup.overdue')}
            </Tag>
          ) : null}
          <Tag data-testid="sup-status">{t(`gov.sup.status.${task.status}`)}</Tag>
        </Flex>
      </Flex>
      <p style={{ margin: '6px 0', whiteSpace: 'pre-wrap' }}>{task.content}</p>
      <div style={{ color: COLORS.textSecondary, fontSize: 13 }}>
        {t('gov.sup.cadre')}：{task.cadre.name}（{task.cadre.post}） · {t('gov.sup.dueOn')}：
        <span style={task.overdue ? { color: COLORS.error } : undefined}>{task.dueOn}</span>
      </div>
      {task.report ? (
        <div style={{ marginTop: 6 }} data-testid="sup-report">
          {t('gov.sup.report')}：{task.report}
          {task.reportedAt ? `（${formatDateTime(task.reportedAt)}）` : ''}
        </div>
      ) : null}
      {task.status === 'RETURNED' && task.returnReason ? (
        <div style={{ color: COLORS.warning }}>{t('gov.sup.returned', { reason: task.returnReason })}</div>
      ) : null}
      {task.caseId || raised ? (
        <Link to={{ page: 'case', id: (task.caseId ?? raised?.id)! }} testId="sup-case-link">
          {raised ? t('gov.sup.caseRaised', { code: raised.code }) : t('gov.patrol.openCase')}
        </Link>
      ) : null}
      <Flex gap={8} wrap style={{ marginTop: 8 }}>
        {mayReport ? (
          <Button type="primary" onClick={() => setOpen('report')} data-testid="sup-report-open">
            {t('gov.sup.reportAction')}
          </Button>
        ) : null}
        {mayDecide ? (
          <>
            <Button
              type="primary"
              onClick={() =>
                void act(() => gqlRequest(DECIDE_SUPERVISION_MUTATION, { input: { taskId, version, accept: true } }))
              }
              data-testid="sup-accept"
            >
              {t('gov.sup.accept')}
            </Button>
            <Button onClick={() => setOpen('return')} data-testid="sup-return-open">
              {t('gov.sup.return')}
            </Button>
          </>
        ) : null}
        {mayConvert ? (
          <Button onClick={() => setOpen('case')} data-testid="sup-case-open">
            {t('gov.sup.toCase')}
          </Button>
        ) : null}
        <Button loading={print.busy} onClick={() => void print.run({ taskIds: [taskId] })} data-testid="sup-print">
          {t('gov.sup.print')}
        </Button>
      </Flex>
      {open ? (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          <Input.TextArea
            rows={3}
            showCount
            maxLength={open === 'case' ? 60 : open === 'return' ? 500 : 1000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t(
              open === 'report' ? 'gov.sup.report' : open === 'return' ? 'gov.sup.reason' : 'gov.sup.caseTitle',
            )}
            aria-label={t(
              open === 'report' ? 'gov.sup.report' : open === 'return' ? 'gov.sup.reason' : 'gov.sup.caseTitle',
            )}
            data-testid="sup-text"
          />
          {open === 'report' ? <PhotoPicker onChange={onPhotos} /> : null}
          {open === 'case' ? (
            <Flex gap={8} wrap>
              <Select
                value={kind}
                onChange={setKind}
                style={{ minWidth: 120 }}
                options={CASE_KINDS.map((k) => ({ value: k, label: t(`gov.caseKind.${k}`) }))}
              />
              <Select
                value={domain}
                onChange={setDomain}
                style={{ minWidth: 140 }}
                options={CASE_DOMAINS.map((d) => ({ value: d, label: t(`gov.caseDomain.${d}`) }))}
              />
            </Flex>
          ) : null}
          <Button
            type="primary"
            disabled={!text.trim() || photos.uploading}
            data-testid="sup-submit"
            onClick={() =>
              void act(async () => {
                if (open === 'report')
                  await gqlRequest(REPORT_SUPERVISION_MUTATION, {
                    input: { taskId, version, report: text, attachmentIds: photos.ids },
                  });
                else if (open === 'return')
                  await gqlRequest(DECIDE_SUPERVISION_MUTATION, {
                    input: { taskId, version, accept: false, reason: text },
                  });
                else
                  setRaised(
                    (await gqlRequest(CONVERT_SUPERVISION_MUTATION, { input: { taskId, title: text, kind, domain } }))
                      .convertSupervisionToCase,
                  );
              })
            }
          >
            {t('gov.sup.submit')}
          </Button>
        </Flex>
      ) : null}
      {error || print.error ? (
        <Alert type="error" showIcon title={error ?? print.error} data-testid="sup-error" style={{ marginTop: 8 }} />
      ) : null}
    </Card>
  );
}
