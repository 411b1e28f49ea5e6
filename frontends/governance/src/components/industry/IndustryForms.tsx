import { gqlRequest, useGqlQuery, useSession, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { CREATE_RESOURCE_MUTATION, RECORD_NEED_MUTATION } from '../../api/policy';
import { VISIT_HOUSEHOLD_QUERY } from '../../api/visits';
import { asRequestError } from '../../lib/errors';
import { HouseholdPicker } from '../visit/HouseholdPicker';

export const NEED_KINDS = ['IDEA', 'LABOUR', 'PROJECT', 'TECHNOLOGY', 'FUNDING', 'SALES'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];
const RESOURCE_KINDS = ['TECH_COMMISSIONER', 'ENTERPRISE', 'COOPERATIVE', 'OTHER'] as const;

/** Runs a save, keeping its error (in the server's words) for the form to show. */
function useSubmit(): { error: string | null; busy: boolean; submit(work: () => Promise<void>): Promise<void> } {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(asRequestError(caught, t('gov.policy.failed')).message);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

/** 登记需求: pick the household (own households first), the kind, a description. */
export function NeedForm({ onSaved }: { onSaved(): void }) {
  const t = useT();
  const [householdId, setHouseholdId] = useState<string | null>(null);
  const [kind, setKind] = useState<NeedKind>('SALES');
  const [description, setDescription] = useState('');
  const { error, busy, submit } = useSubmit();
  const household = useGqlQuery(VISIT_HOUSEHOLD_QUERY, { id: householdId ?? '' }, { skip: !householdId });
  const save = () =>
    submit(async () => {
      await gqlRequest(RECORD_NEED_MUTATION, { input: { householdId: householdId ?? '', kind, description } });
      setDescription('');
      setHouseholdId(null);
      onSaved();
    });
  return (
    <Card size="small" title={t('gov.industry.record')} data-testid="need-form">
      <Flex vertical gap={8}>
        {householdId ? (
          <Flex gap={8} align="center">
            <strong data-testid="need-household">{household.data?.household?.headName ?? '…'}</strong>
            <Button size="small" onClick={() => setHouseholdId(null)}>
              {t('gov.visit.change')}
            </Button>
          </Flex>
        ) : (
          <HouseholdPicker onPick={setHouseholdId} />
        )}
        <span data-testid="need-kind">
          <Select
            value={kind}
            onChange={setKind}
            options={NEED_KINDS.map((k) => ({ value: k, label: t(`gov.industry.k.${k}`) }))}
            aria-label={t('gov.industry.kind')}
          />
        </span>
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          placeholder={t('gov.industry.description')}
          data-testid="need-description"
        />
        {error ? <Alert type="error" showIcon title={error} data-testid="need-error" /> : null}
        <Button
          type="primary"
          disabled={!householdId || !description.trim()}
          loading={busy}
          onClick={() => void save()}
          data-testid="need-save"
        >
          {t('gov.industry.save')}
        </Button>
      </Flex>
    </Card>
  );
}

/** 登记资源: a 科技特派员, enterprise or cooperative, what it offers and where. */
export function ResourceForm({ onSaved }: { onSaved(): void }) {
  const t = useT();
  const division = useSession()?.account.divisionCode ?? '';
  const [draft, setDraft] = useState({
    kind: 'COOPERATIVE' as (typeof RESOURCE_KINDS)[number],
    name: '',
    offers: ['SALES'] as NeedKind[],
    offerText: '',
    divisionCode: division,
    contactName: '',
    phone: '',
  });
  const { error, busy, submit } = useSubmit();
  const save = () =>
    submit(async () => {
      await gqlRequest(CREATE_RESOURCE_MUTATION, {
        input: { ...draft, contactName: draft.contactName || null, phone: draft.phone || null },
      });
      setDraft((d) => ({ ...d, name: '', offerText: '', contactName: '', phone: '' }));
      onSaved();
    });
  const field = (key: 'name' | 'offerText' | 'divisionCode' | 'contactName' | 'phone', label: string, max: number) => (
    <Input
      value={draft[key]}
      maxLength={max}
      placeholder={label}
      aria-label={label}
      onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
      data-testid={`resource-${key}`}
    />
  );
  return (
    <Card size="small" title={t('gov.industry.newResource')} data-testid="resource-form">
      <Flex vertical gap={8}>
        <span data-testid="resource-kind">
          <Select
            value={draft.kind}
            onChange={(kind) => setDraft((d) => ({ ...d, kind }))}
            options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`gov.industry.r.${k}`) }))}
          />
        </span>
        {field('name', t('gov.industry.resourceName'), 60)}
        <span data-testid="resource-offers">
          <Select
            mode="multiple"
            value={draft.offers}
            onChange={(offers) => setDraft((d) => ({ ...d, offers }))}
            options={NEED_KINDS.map((k) => ({ value: k, label: t(`gov.industry.k.${k}`) }))}
            aria-label={t('gov.industry.offers')}
          />
        </span>
        {field('offerText', t('gov.industry.offerText'), 500)}
        {field('divisionCode', t('gov.industry.division'), 12)}
        {field('contactName', t('gov.industry.contact'), 50)}
        {field('phone', t('gov.industry.phone'), 20)}
        {error ? <Alert type="error" showIcon title={error} data-testid="resource-error" /> : null}
        <Button type="primary" loading={busy} onClick={() => void save()} data-testid="resource-save">
          {t('gov.industry.save')}
        </Button>
      </Flex>
    </Card>
  );
}

export { useSubmit };
