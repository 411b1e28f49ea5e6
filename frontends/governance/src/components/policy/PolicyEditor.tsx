import { gqlRequest, useSession, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Card, Checkbox, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { CREATE_POLICY_MUTATION, RULE_PREVIEW_QUERY, UPDATE_POLICY_MUTATION, type PolicyRow } from '../../api/policy';
import { asRequestError } from '../../lib/errors';
import { RuleEditor, nodeOf, type RuleNode } from './RuleEditor';

export const CATEGORIES = [
  'INDUSTRY',
  'HOUSING',
  'EMPLOYMENT',
  'PUBLIC_SERVICE',
  'SOCIAL_SECURITY',
  'ENVIRONMENT',
  'OTHER',
] as const;
type Category = (typeof CATEGORIES)[number];

interface Draft {
  name: string;
  category: Category;
  summary: string;
  issuingBody: string;
  divisionCode: string;
  validFrom: string;
  validTo: string;
  active: boolean;
  rule: RuleNode;
}

/** The catalog form with the rule tree; "preview" counts the households in scope before anything is saved. */
export function PolicyEditor({
  policy,
  onSaved,
  onCancel,
}: {
  policy?: PolicyRow;
  onSaved(id: string): void;
  onCancel(): void;
}) {
  const t = useT();
  const division = useSession()?.account.divisionCode ?? '';
  const [draft, setDraft] = useState<Draft>(() => ({
    name: policy?.name ?? '',
    category: (policy?.category as Category | undefined) ?? 'SOCIAL_SECURITY',
    summary: policy?.summary ?? '',
    issuingBody: policy?.issuingBody ?? '',
    divisionCode: policy?.divisionCode ?? division,
    validFrom: policy?.validFrom ?? '',
    validTo: policy?.validTo ?? '',
    active: policy?.active ?? true,
    rule: (policy?.rule as RuleNode | undefined) ?? nodeOf('ALL'),
  }));
  const [preview, setPreview] = useState<{ matching: number; inScope: number } | null>(null);
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setPreview(null);
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      const e = asRequestError(caught, t('gov.policy.failed'));
      setError({ field: e.field, message: e.message });
    } finally {
      setBusy(false);
    }
  };
  const doPreview = () =>
    run(async () => {
      const data = await gqlRequest(RULE_PREVIEW_QUERY, { rule: draft.rule, regionCode: null });
      setPreview(data.policyRulePreview);
    });
  const save = () =>
    run(async () => {
      const input = { ...draft, validFrom: draft.validFrom || null, validTo: draft.validTo || null };
      if (policy) {
        const data = await gqlRequest(UPDATE_POLICY_MUTATION, {
          input: { ...input, id: policy.id, version: policy.version },
        });
        onSaved(data.updatePolicy.id);
      } else {
        const data = await gqlRequest(CREATE_POLICY_MUTATION, { input });
        onSaved(data.createPolicy.id);
      }
    });
  const text = (key: keyof Draft, label: string, max: number, area = false) => {
    const props = {
      value: draft[key] as string,
      maxLength: max,
      placeholder: label,
      'aria-label': label,
      status: error?.field === key ? ('error' as const) : undefined,
      'data-testid': `policy-${key}`,
    };
    return area ? (
      <Input.TextArea rows={3} showCount {...props} onChange={(e) => set({ [key]: e.target.value })} />
    ) : (
      <Input {...props} onChange={(e) => set({ [key]: e.target.value })} />
    );
  };
  return (
    <Card size="small" title={policy ? policy.name : t('gov.policy.new')} data-testid="policy-editor">
      <Flex vertical gap={8}>
        {text('name', t('gov.policy.name'), 60)}
        <span data-testid="policy-category">
          <Select
            value={draft.category}
            onChange={(category) => set({ category })}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`gov.policy.cat.${c}`) }))}
            aria-label={t('gov.policy.category')}
          />
        </span>
        {text('summary', t('gov.policy.summary'), 500, true)}
        {text('issuingBody', t('gov.policy.issuingBody'), 60)}
        {text('divisionCode', t('gov.policy.division'), 12)}
        <Flex gap={8} wrap>
          {(['validFrom', 'validTo'] as const).map((key) => (
            <Input
              key={key}
              type="date"
              value={draft[key]}
              onChange={(e) => set({ [key]: e.target.value })}
              aria-label={t(`gov.policy.${key}`)}
              style={{ maxWidth: 180 }}
            />
          ))}
          <Checkbox checked={draft.active} onChange={(e) => set({ active: e.target.checked })}>
            {t('gov.policy.active')}
          </Checkbox>
        </Flex>
        <strong>{t('gov.policy.rule')}</strong>
        <RuleEditor value={draft.rule} onChange={(rule) => set({ rule })} />
        {error ? (
          <Alert
            type="error"
            showIcon
            title={error.message}
            description={error.field ?? undefined}
            data-testid="policy-error"
          />
        ) : null}
        {preview ? (
          <span style={{ color: COLORS.textSecondary }} data-testid="policy-preview-result">
            {t('gov.policy.previewResult', { matching: preview.matching, inScope: preview.inScope })}
          </span>
        ) : null}
        <Flex gap={8} wrap>
          <Button onClick={() => void doPreview()} loading={busy} data-testid="policy-preview">
            {t('gov.policy.preview')}
          </Button>
          <Button type="primary" onClick={() => void save()} loading={busy} data-testid="policy-save">
            {t('gov.policy.save')}
          </Button>
          <Button onClick={onCancel}>{t('gov.policy.cancel')}</Button>
        </Flex>
      </Flex>
    </Card>
  );
}
