import { gqlRequest, useSession, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import { ISSUE_SUPERVISION_MUTATION } from '../../api/supervision';
import { isoDate } from '../../lib/dates';
import { asRequestError } from '../../lib/errors';
import { CadrePicker } from '../case/CadrePicker';

const weekAhead = (): string => isoDate(new Date(Date.now() + 7 * 86_400_000));

/** 下发督办卡: a cadre of the jurisdiction, the task, what to do, the due date. */
export function IssueForm({ onIssued }: { onIssued(): void }) {
  const t = useT();
  const division = useSession()?.account.divisionCode ?? '';
  const [cadreId, setCadreId] = useState<string | undefined>();
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [dueOn, setDueOn] = useState(weekAhead);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const issue = async () => {
    setError(null);
    setDone(false);
    try {
      await gqlRequest(ISSUE_SUPERVISION_MUTATION, { input: { cadreId: cadreId ?? '', title, content, dueOn } });
      setTitle('');
      setContent('');
      setDone(true);
      onIssued();
    } catch (caught) {
      setError(asRequestError(caught, t('gov.common.failed')).message);
    }
  };
  return (
    <Card size="small" title={t('gov.sup.issue')} data-testid="sup-issue-form">
      <Flex vertical gap={8}>
        <CadrePicker regionCode={division} value={cadreId} onChange={setCadreId} />
        <Input
          maxLength={60}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('gov.sup.taskTitle')}
          aria-label={t('gov.sup.taskTitle')}
          data-testid="sup-issue-title"
        />
        <Input.TextArea
          rows={4}
          maxLength={1000}
          showCount
          value={content}
          onChange={(e) => setContent(e.target.value)}
          placeholder={t('gov.sup.content')}
          aria-label={t('gov.sup.content')}
          data-testid="sup-issue-content"
        />
        <Input
          type="date"
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
          aria-label={t('gov.sup.dueOn')}
          style={{ maxWidth: 200 }}
          data-testid="sup-issue-due"
        />
        {error ? <Alert type="error" showIcon title={error} data-testid="sup-issue-error" /> : null}
        {done ? <Alert type="success" showIcon title={t('gov.sup.issued')} data-testid="sup-issued" /> : null}
        <Button
          type="primary"
          disabled={!cadreId || !title.trim() || !content.trim()}
          onClick={() => void issue()}
          data-testid="sup-issue-submit"
        >
          {t('gov.sup.issue')}
        </Button>
      </Flex>
    </Card>
  );
}
