import { COLORS, gqlRequest, isGraphQLRequestError, useGqlQuery, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Form, Input, Radio, Select, Tag } from 'antd';
import { useState } from 'react';
import {
  MeetingCadresDocument,
  RecordAttendanceDocument,
  WithdrawAttendanceDocument,
  type AttendanceRole,
  type MeetingDetailQuery,
  type ObserverKind,
} from '../gql/graphql';

type Attendance = NonNullable<MeetingDetailQuery['meeting']>['attendance'][number];
const ROLES: readonly AttendanceRole[] = ['CHAIR', 'MEMBER', 'OBSERVER'];
const KINDS: readonly ObserverKind[] = ['LIAISON_LEADER', 'WORK_TEAM', 'OTHER'];

function AttendanceForm({
  meetingId,
  cadreRegion,
  onDone,
}: {
  meetingId: string;
  cadreRegion: string;
  onDone(): void;
}) {
  const t = useT();
  const cadres = useGqlQuery(MeetingCadresDocument, { regionCode: cadreRegion });
  const [cadreId, setCadreId] = useState<string | undefined>();
  const [name, setName] = useState('');
  const [role, setRole] = useState<AttendanceRole>('MEMBER');
  const [kind, setKind] = useState<ObserverKind | undefined>();
  const [present, setPresent] = useState(true);
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const options = (cadres.data?.cadres.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name}（${node.post}）`,
  }));
  const fieldError = (field: string) =>
    error?.field === field
      ? {
          validateStatus: 'error' as const,
          help: <span data-testid={`attendance-${field}-error`}>{error.message}</span>,
        }
      : {};

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      await gqlRequest(RecordAttendanceDocument, {
        input: {
          meetingId,
          cadreId: cadreId ?? null,
          name: cadreId ? null : name,
          role,
          observerKind: role === 'OBSERVER' ? (kind ?? null) : null,
          present,
        },
      });
      setCadreId(undefined);
      setName('');
      onDone();
    } catch (caught) {
      setError(
        isGraphQLRequestError(caught)
          ? { field: caught.field, message: caught.message }
          : { field: null, message: t('meetings.action.failed') },
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form layout="vertical" data-testid="attendance-form" onFinish={() => void submit()} style={{ marginTop: 12 }}>
      {error && !['cadreId', 'name', 'observerKind'].includes(error.field ?? '') ? (
        <Alert type="error" showIcon title={error.message} style={{ marginBottom: 8 }} data-testid="attendance-error" />
      ) : null}
      <Form.Item
        label={t('meetings.attendance.cadre')}
        {...fieldError('cadreId')}
        extra={cadres.data && !options.length ? t('meetings.attendance.noCadres') : undefined}
      >
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          value={cadreId}
          onChange={(v) => setCadreId(v)}
          options={options}
          data-testid="attendance-cadre"
        />
      </Form.Item>
      {cadreId ? null : (
        <Form.Item label={t('meetings.attendance.name')} {...fieldError('name')}>
          <Input value={name} maxLength={20} onChange={(e) => setName(e.target.value)} data-testid="attendance-name" />
        </Form.Item>
      )}
      <Form.Item label={t('meetings.attendance.role')}>
        <Radio.Group
          value={role}
          onChange={(e) => setRole(e.target.value as AttendanceRole)}
          options={ROLES.map((r) => ({ value: r, label: t(`meetings.attendance.role.${r}`) }))}
          data-testid="attendance-role"
        />
      </Form.Item>
      {role === 'OBSERVER' ? (
        <Form.Item label={t('meetings.attendance.observerKind')} {...fieldError('observerKind')}>
          <Radio.Group
            value={kind}
            onChange={(e) => setKind(e.target.value as ObserverKind)}
            options={KINDS.map((k) => ({ value: k, label: t(`meetings.attendance.kind.${k}`) }))}
            data-testid="attendance-kind"
          />
        </Form.Item>
      ) : null}
      <Form.Item>
        <Radio.Group
          value={present}
          onChange={(e) => setPresent(e.target.value as boolean)}
          options={[
            { value: true, label: t('meetings.attendance.present') },
            { value: false, label: t('meetings.attendance.absent') },
          ]}
          data-testid="attendance-present"
        />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={busy} data-testid="attendance-submit">
        {t('meetings.attendance.record')}
      </Button>
    </Form>
  );
}

/** 参会情况: chair, members and observers (列席, with their kind), with the form to record and withdraw. */
export function MeetingAttendance({
  meetingId,
  attendance,
  cadreRegion,
  editable,
  onChange,
}: {
  meetingId: string;
  attendance: Attendance[];
  cadreRegion: string;
  editable: boolean;
  onChange(): void;
}) {
  const t = useT();
  const [failure, setFailure] = useState<string | null>(null);
  async function withdraw(id: string) {
    setFailure(null);
    try {
      await gqlRequest(WithdrawAttendanceDocument, { id });
      onChange();
    } catch (caught) {
      setFailure(isGraphQLRequestError(caught) ? caught.message : t('meetings.action.failed'));
    }
  }
  return (
    <Card size="small" title={t('meetings.attendance.title')} data-testid="meeting-attendance">
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 8 }} /> : null}
      {attendance.length === 0 ? (
        <div style={{ color: COLORS.textTertiary }}>{t('meetings.attendance.empty')}</div>
      ) : null}
      {ROLES.map((role) => {
        const rows = attendance.filter((a) => a.role === role);
        if (!rows.length) return null;
        return (
          <div key={role} style={{ marginBottom: 8 }} data-testid={`attendance-group-${role}`}>
            <div style={{ color: COLORS.textSecondary, marginBottom: 4 }}>{t(`meetings.attendance.role.${role}`)}</div>
            <Flex wrap gap={6}>
              {rows.map((a) => (
                <Tag
                  key={a.id}
                  data-testid="attendance-row"
                  data-role={a.role}
                  data-observer-kind={a.observerKind ?? ''}
                  color={a.present ? 'green' : 'default'}
                  closable={editable}
                  onClose={(e) => {
                    e.preventDefault();
                    void withdraw(a.id);
                  }}
                >
                  {a.cadre?.name ?? a.name ?? '—'}
                  {a.observerKind ? ` · ${t(`meetings.attendance.kind.${a.observerKind}`)}` : ''}
                  {a.present ? '' : ` · ${t('meetings.attendance.absent')}`}
                </Tag>
              ))}
            </Flex>
          </div>
        );
      })}
      {editable ? <AttendanceForm meetingId={meetingId} cadreRegion={cadreRegion} onDone={onChange} /> : null}
    </Card>
  );
}
