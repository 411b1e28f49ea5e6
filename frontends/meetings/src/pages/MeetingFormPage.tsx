import {
  gqlRequest,
  isAboveVillage,
  isGraphQLRequestError,
  PageHeader,
  QueryState,
  RegionPicker,
  useGqlQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { Alert, Button, Flex, Form, Input, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import {
  CreateMeetingDocument,
  MeetingDetailDocument,
  MeetingForumDayDocument,
  UpdateMeetingDocument,
  type MeetingKind as GqlMeetingKind,
} from '../gql/graphql';
import { fromLocalInput, toLocalInput } from '../lib/month';
import { navigate } from '../lib/routing';
import { MEETING_KINDS } from '../messages';

interface Values {
  kind: GqlMeetingKind;
  villageCode: string;
  date: string;
  title: string;
  place: string;
  noticeText: string;
}
type Field = keyof Values;
const FIELDS: readonly Field[] = ['kind', 'villageCode', 'date', 'title', 'place', 'noticeText'];
const LIMITS: Partial<Record<Field, number>> = { title: 100, place: 100, noticeText: 2000 };

/** The village's forum day proposes the forum's date (09:00 Beijing time). */
function ForumDayHint({ villageCode, onUse }: { villageCode: string; onUse(date: string): void }) {
  const t = useT();
  const query = useGqlQuery(MeetingForumDayDocument, { villageCode }, { skip: villageCode.length !== 12 });
  const setting = query.data?.forumDay;
  if (!setting) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="meeting-form-forum-day"
      title={t('meetings.form.forumDay', { day: setting.day, date: setting.nextDate })}
      action={
        <Button
          size="small"
          onClick={() => onUse(`${setting.nextDate}T09:00`)}
          data-testid="meeting-form-use-forum-day"
        >
          {t('meetings.form.useForumDay')}
        </Button>
      }
    />
  );
}

function MeetingForm({ initial, id, version }: { initial: Values; id?: string; version?: number }) {
  const t = useT();
  const session = useSession();
  const divisionCode = session?.account.divisionCode ?? '';
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const label = (field: Field) => t(`meetings.form.${field === 'villageCode' ? 'village' : field}`);

  async function save() {
    const missing: Partial<Record<Field, string>> = {};
    for (const field of ['villageCode', 'date', 'title'] as const)
      if (!values[field].trim()) missing[field] = t('meetings.form.required', { field: label(field) });
    const date = fromLocalInput(values.date);
    if (values.date && !date) missing.date = t('meetings.form.required', { field: label('date') });
    setErrors(missing);
    if (Object.keys(missing).length || !date) return;
    setBusy(true);
    setFailure(null);
    const common = {
      kind: values.kind,
      date,
      title: values.title,
      place: values.place.trim() || null,
      noticeText: values.noticeText.trim() || null,
    };
    try {
      const saved = id
        ? (await gqlRequest(UpdateMeetingDocument, { id, version: version ?? 0, input: common })).updateMeeting
        : (await gqlRequest(CreateMeetingDocument, { input: { ...common, villageCode: values.villageCode } }))
            .createMeeting;
      navigate({ page: 'meeting', id: saved.id });
    } catch (caught) {
      if (isGraphQLRequestError(caught) && caught.field && (FIELDS as readonly string[]).includes(caught.field))
        setErrors({ [caught.field as Field]: caught.message });
      else setFailure(isGraphQLRequestError(caught) ? caught.message : t('meetings.form.failed'));
    } finally {
      setBusy(false);
    }
  }

  const item = (field: Field, control: ReactNode, extra?: string) => (
    <Form.Item
      label={label(field)}
      required={field === 'villageCode' || field === 'date' || field === 'title' || field === 'kind'}
      validateStatus={errors[field] ? 'error' : undefined}
      help={errors[field] ? <span data-testid={`meeting-form-${field}-error`}>{errors[field]}</span> : extra}
    >
      {control}
    </Form.Item>
  );
  const text = (field: Field) => ({
    value: values[field],
    maxLength: LIMITS[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    'data-testid': `meeting-form-${field}`,
  });

  return (
    <Form layout="vertical" style={{ maxWidth: 640 }} data-testid="meeting-form" onFinish={() => void save()}>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      {item(
        'kind',
        <Select
          value={values.kind}
          onChange={(v) => set('kind', v)}
          data-testid="meeting-form-kind"
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) }))}
        />,
      )}
      {id
        ? null
        : item(
            'villageCode',
            isAboveVillage(divisionCode) ? (
              <div data-testid="meeting-form-village">
                <RegionPicker rootCode={divisionCode} onChange={(code) => set('villageCode', code ?? '')} />
              </div>
            ) : (
              <Input value={t('meetings.form.ownVillage')} disabled />
            ),
          )}
      {values.kind === 'VILLAGERS_FORUM' && !id ? (
        <ForumDayHint villageCode={values.villageCode} onUse={(d) => set('date', d)} />
      ) : null}
      {item('date', <Input type="datetime-local" {...text('date')} />)}
      {item('title', <Input {...text('title')} />)}
      {item('place', <Input {...text('place')} />)}
      {item('noticeText', <Input.TextArea rows={4} {...text('noticeText')} />, t('meetings.form.noticeHelp'))}
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="meeting-form-save">
          {t('meetings.form.save')}
        </Button>
        <Button onClick={() => (id ? navigate({ page: 'meeting', id }) : navigate({ page: 'calendar', month: null }))}>
          {t('meetings.form.cancel')}
        </Button>
      </Space>
    </Form>
  );
}

/** 新建会议 / 修改会议: the same form; the server's refusals are shown under the field they name. */
export function MeetingFormPage({ id }: { id?: string }) {
  const t = useT();
  const divisionCode = useSession()?.account.divisionCode ?? '';
  const query = useGqlQuery(MeetingDetailDocument, { id: id ?? '' }, { skip: !id });
  const [blank] = useState<Values>(() => ({
    kind: 'VILLAGERS_FORUM',
    villageCode: isAboveVillage(divisionCode) ? '' : divisionCode,
    date: '',
    title: '',
    place: '',
    noticeText: '',
  }));
  const ready = !id || query.data !== null;
  const meeting = query.data?.meeting;
  return (
    <section data-testid="meeting-form-page">
      <PageHeader title={t(id ? 'meetings.form.editTitle' : 'meetings.form.newTitle')} />
      {id ? (
        <QueryState
          testId="meeting-form"
          loading={query.loading}
          error={query.error}
          hasData={ready}
          isEmpty={!meeting}
          emptyText={t('meetings.page.notFound')}
        >
          {meeting ? (
            <MeetingForm
              id={meeting.id}
              version={meeting.version}
              initial={{
                kind: meeting.kind,
                villageCode: meeting.villageCode,
                date: toLocalInput(meeting.date),
                title: meeting.title,
                place: meeting.place ?? '',
                noticeText: meeting.noticeText ?? '',
              }}
            />
          ) : null}
        </QueryState>
      ) : (
        <Flex vertical>
          <MeetingForm initial={blank} />
        </Flex>
      )}
    </section>
  );
}
