import { Alert, Button, Card, Flex, Form, Input, Tag } from 'antd';
import { COLORS, useT } from '@xiangzhi/platform';
import { useState } from 'react';
import {
  ClassifyAgendaItemDocument,
  DecideAgendaItemDocument,
  type AgendaItemFieldsFragment,
  type AgendaTrack,
} from '../gql/graphql';
import { AgendaChoice, TRACKS } from './AgendaChoice';
import { useMeetingsRequest } from '../lib/useMeetingsRequest';

const STATUS_COLORS: Record<AgendaItemFieldsFragment['status'], string> = {
  RAISED: 'default',
  INQUIRED: 'blue',
  HANDLED: 'green',
  EVALUATED: 'purple',
};

/** Where the item's case stands, as governance last reported it (kept by meetings: shown when governance is down). */
export function AgendaCaseState({ item }: { item: AgendaItemFieldsFragment }) {
  const t = useT();
  if (item.caseRefusal)
    return (
      <Tag color="error" data-testid="agenda-item-case">
        {item.caseRefusal}
      </Tag>
    );
  if (!item.caseId || !item.caseStatus)
    return (
      <Tag data-testid="agenda-item-case" data-case-status="">
        {t('forum.case.none')}
      </Tag>
    );
  return (
    <a href={`/governance/cases/${item.caseId}`} data-testid="agenda-item-case" data-case-status={item.caseStatus}>
      <Tag color={item.caseStatus === 'CLOSED' ? 'green' : 'processing'}>
        {t('forum.case.label')}：{t(`forum.case.${item.caseStatus}`)}
      </Tag>
    </a>
  );
}

interface Decision {
  decidedOn: string;
  decision: string;
  dueOn: string;
  responsibleName?: string;
}

function DecideForm(props: {
  item: AgendaItemFieldsFragment;
  onDone(item: AgendaItemFieldsFragment): void;
  onCancel(): void;
}) {
  const { item, onDone, onCancel } = props;
  const t = useT();
  const decide = useMeetingsRequest(DecideAgendaItemDocument, 'forum.failed');
  const required = [{ required: true, whitespace: true, message: t('forum.raise.required') }];
  async function submit(values: Decision) {
    const done = await decide.run({ id: item.id, version: item.version, input: values });
    if (done) onDone(done.decideAgendaItem);
  }
  return (
    <Form<Decision>
      layout="vertical"
      onFinish={submit}
      initialValues={{ decidedOn: item.decisionDueOn > today() ? today() : item.decisionDueOn }}
      data-testid="agenda-decide-form"
    >
      <Form.Item name="decidedOn" label={t('forum.decide.date')} rules={required}>
        <Input type="date" data-testid="agenda-decide-date" />
      </Form.Item>
      <Form.Item name="decision" label={t('forum.decide.text')} rules={required}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} data-testid="agenda-decide-text" />
      </Form.Item>
      <Form.Item name="dueOn" label={t('forum.decide.due')} rules={required}>
        <Input type="date" data-testid="agenda-decide-due" />
      </Form.Item>
      <Form.Item name="responsibleName" label={t('forum.decide.responsible')}>
        <Input maxLength={20} data-testid="agenda-decide-responsible" />
      </Form.Item>
      {decide.error ? (
        <Alert
          type="error"
          showIcon
          title={decide.error.message}
          style={{ marginBottom: 12 }}
          data-testid="agenda-decide-error"
        />
      ) : null}
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={decide.busy} data-testid="agenda-decide-submit">
          {t('forum.decide.submit')}
        </Button>
        <Button onClick={onCancel} data-testid="agenda-decide-cancel">
          {t('forum.decide.cancel')}
        </Button>
      </Flex>
    </Form>
  );
}

const today = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** One forum item: what was said, its track (changeable until decided), the decision and its case. */
export function AgendaItemCard(props: { item: AgendaItemFieldsFragment; editable: boolean; onChanged(): void }) {
  const { editable, onChanged } = props;
  const t = useT();
  const [deciding, setDeciding] = useState(false);
  // what the last change answered: a second change before the list reloads sends the new version
  const [latest, setLatest] = useState<AgendaItemFieldsFragment | null>(null);
  const item = latest && latest.version >= props.item.version ? latest : props.item;
  const classify = useMeetingsRequest(ClassifyAgendaItemDocument, 'forum.failed');
  const raisedBy = item.raisedByName ?? item.raisedByCadre?.name ?? null;

  async function reclassify(track: AgendaTrack) {
    const done = await classify.run({ id: item.id, version: item.version, track });
    if (done) {
      setLatest(done.classifyAgendaItem);
      onChanged();
    }
  }

  return (
    <Card
      size="small"
      data-testid="agenda-item"
      data-item-id={item.id}
      data-status={item.status}
      title={<span data-testid="agenda-item-title">{item.title}</span>}
      extra={
        <Tag color={STATUS_COLORS[item.status]} data-testid="agenda-item-status">
          {t(`forum.status.${item.status}`)}
        </Tag>
      }
    >
      <Flex vertical gap={8}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{item.description}</span>
        <Flex gap={4} wrap>
          <Tag>{t(`forum.kind.${item.kind}`)}</Tag>
          <Tag>{t(`forum.domain.${item.domain}`)}</Tag>
          {raisedBy ? <Tag>{t('forum.raisedBy', { name: raisedBy })}</Tag> : null}
          <AgendaCaseState item={item} />
        </Flex>
        <AgendaChoice
          values={TRACKS}
          prefix="forum.track"
          testId="agenda-classify"
          value={item.track}
          disabled={!editable || item.decidedOn != null || classify.busy}
          onChange={reclassify}
        />
        {classify.error ? <Alert type="error" showIcon title={classify.error.message} /> : null}
        {item.decidedOn ? (
          <div data-testid="agenda-item-decision">
            {t('forum.decision.decided', { date: item.decidedOn, text: item.decision ?? '' })}
            {item.dueOn ? ` · ${t('forum.decision.deadline', { date: item.dueOn })}` : ''}
            {item.responsibleName ? ` · ${t('forum.decision.responsible', { name: item.responsibleName })}` : ''}
          </div>
        ) : (
          <span style={{ color: COLORS.textSecondary }}>{t('forum.decision.due', { date: item.decisionDueOn })}</span>
        )}
        {item.decisionLate ? (
          <Tag color="error" data-testid="agenda-item-late">
            {t('forum.decision.late')}
          </Tag>
        ) : null}
        {editable && !item.decidedOn && !deciding ? (
          <Button onClick={() => setDeciding(true)} data-testid="agenda-decide-open">
            {t('forum.decide.open')}
          </Button>
        ) : null}
        {deciding ? (
          <DecideForm
            item={item}
            onCancel={() => setDeciding(false)}
            onDone={(decided) => {
              setLatest(decided);
              setDeciding(false);
              onChanged();
            }}
          />
        ) : null}
      </Flex>
    </Card>
  );
}
