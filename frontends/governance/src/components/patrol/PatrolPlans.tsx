import { gqlRequest, PagedQueryState, usePagedQuery, useSession, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import {
  CREATE_PATROL_PLAN_MUTATION,
  PATROL_CATEGORIES,
  PATROL_PLANS_QUERY,
  PATROL_POINT_CODES_QUERY,
  UPDATE_PATROL_PLAN_MUTATION,
} from '../../api/patrol';
import { asRequestError } from '../../lib/errors';
import { useFileAction } from '../../lib/useFileAction';
import { GridSelect } from '../GridSelect';
import { PointForm } from './PointForm';

/** A new plan: name, category, frequency, a grid of the caller's village or the whole village. */
function NewPlan({ onSaved }: { onSaved(): void }) {
  const t = useT();
  const division = useSession()?.account.divisionCode ?? '';
  const [name, setName] = useState('');
  const [category, setCategory] = useState<(typeof PATROL_CATEGORIES)[number]>('FIRE');
  const [frequency, setFrequency] = useState<'DAILY' | 'WEEKLY'>('DAILY');
  const [villageCode, setVillageCode] = useState(division.length === 12 ? division : '');
  const [gridId, setGridId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await gqlRequest(CREATE_PATROL_PLAN_MUTATION, { input: { name, category, frequency, gridId, villageCode } });
      setName('');
      onSaved();
    } catch (caught) {
      setError(asRequestError(caught, t('gov.common.failed')).message);
    }
  };
  return (
    <Card size="small" title={t('gov.patrol.newPlan')} data-testid="patrol-new-plan">
      <Flex vertical gap={8}>
        <Input
          maxLength={60}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('gov.patrol.planName')}
          aria-label={t('gov.patrol.planName')}
          data-testid="patrol-plan-name"
        />
        <Flex gap={8} wrap>
          <Select
            value={category}
            onChange={setCategory}
            style={{ minWidth: 120 }}
            aria-label={t('gov.patrol.category')}
            options={PATROL_CATEGORIES.map((c) => ({ value: c, label: t(`gov.patrol.cat.${c}`) }))}
          />
          <Select
            value={frequency}
            onChange={setFrequency}
            style={{ minWidth: 100 }}
            aria-label={t('gov.patrol.frequency')}
            options={(['DAILY', 'WEEKLY'] as const).map((f) => ({ value: f, label: t(`gov.patrol.freq.${f}`) }))}
          />
          <Input
            value={villageCode}
            onChange={(e) => setVillageCode(e.target.value.trim())}
            placeholder={t('gov.patrol.village')}
            aria-label={t('gov.patrol.village')}
            style={{ maxWidth: 180 }}
            data-testid="patrol-plan-village"
          />
          {villageCode.length === 12 ? (
            <GridSelect
              regionCode={villageCode}
              value={gridId}
              onChange={setGridId}
              testId="patrol-plan-grid"
              areaOnly
            />
          ) : null}
        </Flex>
        {error ? <Alert type="error" showIcon title={error} data-testid="patrol-plan-error" /> : null}
        <Button type="primary" disabled={!name.trim()} onClick={() => void save()} data-testid="patrol-plan-save">
          {t('gov.patrol.save')}
        </Button>
      </Flex>
    </Card>
  );
}

/** 计划与点位: plans in reach with their points in route order; new plans and points, printable point codes. */
export function PatrolPlans({ manage }: { manage: boolean }) {
  const t = useT();
  const query = usePagedQuery(PATROL_PLANS_QUERY, {}, { pageSize: 20, connection: (d) => d.patrolPlans });
  const codes = useFileAction(PATROL_POINT_CODES_QUERY, 'patrolPointCodes');
  const [adding, setAdding] = useState<string | null>(null);
  const toggle = async (id: string, version: number, active: boolean) => {
    await gqlRequest(UPDATE_PATROL_PLAN_MUTATION, { input: { id, version, active } });
    query.reload();
  };
  return (
    <Flex vertical gap={8} data-testid="patrol-plans">
      {manage ? <NewPlan onSaved={query.reload} /> : null}
      {codes.error ? <Alert type="error" showIcon title={codes.error} /> : null}
      <PagedQueryState testId="patrol-plans-list" query={query} emptyText={t('gov.patrol.noPlans')}>
        {query.nodes.map((plan) => (
          <Card
            key={plan.id}
            size="small"
            data-testid="patrol-plan"
            title={
              <Flex gap={8} align="center" wrap>
                <span>{plan.name}</span>
                <Tag>{t(`gov.patrol.cat.${plan.category}`)}</Tag>
                <Tag>{t(`gov.patrol.freq.${plan.frequency}`)}</Tag>
                {plan.active ? null : <Tag color="default">{t('gov.patrol.inactive')}</Tag>}
              </Flex>
            }
          >
            <ol style={{ margin: '0 0 8px', paddingLeft: 20 }}>
              {plan.points.map((p) => (
                <li key={p.id} data-testid="patrol-plan-point">
                  {p.name} · {p.windowStart}–{p.windowEnd}
                  {p.weekday ? ` · ${t('gov.patrol.weekday')} ${p.weekday}` : ''}
                  {p.qrCode ? (
                    <code style={{ marginLeft: 8, fontSize: 11 }} data-testid="patrol-point-code">
                      {p.qrCode}
                    </code>
                  ) : null}
                </li>
              ))}
            </ol>
            {manage ? (
              <Flex gap={8} wrap>
                <Button onClick={() => setAdding(adding === plan.id ? null : plan.id)} data-testid="patrol-add-point">
                  {t('gov.patrol.addPoint')}
                </Button>
                <Button
                  loading={codes.busy}
                  onClick={() => void codes.run({ planId: plan.id })}
                  data-testid="patrol-print-codes"
                >
                  {t('gov.patrol.printCodes')}
                </Button>
                <Button onClick={() => void toggle(plan.id, plan.version, !plan.active)}>
                  {t(plan.active ? 'gov.patrol.stop' : 'gov.patrol.resume')}
                </Button>
              </Flex>
            ) : null}
            {adding === plan.id ? (
              <PointForm
                planId={plan.id}
                weekly={plan.frequency === 'WEEKLY'}
                onSaved={() => {
                  setAdding(null);
                  query.reload();
                }}
              />
            ) : null}
          </Card>
        ))}
      </PagedQueryState>
    </Flex>
  );
}
