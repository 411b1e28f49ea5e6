import { EditOutlined, LeftOutlined } from '@ant-design/icons';
import { nodesOf, QueryState, useGqlQuery, useIsPhone, useSession, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex } from 'antd';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { HOUSEHOLD_DETAIL_QUERY, type HouseholdDetail } from '../api/household';
import { GridHistorySection, PairingSection, VisitHistorySection } from '../components/household/HistorySections';
import { MoveGridForm } from '../components/household/MoveGridForm';
import { RaiseCaseButton } from '../components/case/RaiseCaseButton';
import { ResidentsSection } from '../components/household/ResidentsSection';
import { SituationForm } from '../components/household/SituationForm';
import { TagsSection } from '../components/household/TagsSection';
import { Link, navigate } from '../lib/routing';
import { canDecidePairing, canMoveHousehold, canUnmask, canUnmaskPhone, canWrite } from '../lib/access';

// the editing parts (member forms, pairing by hand) load beside the page, not in governance.js
const ResidentsEditor = lazy(() =>
  import('../components/register/ResidentsEditor').then((m) => ({ default: m.ResidentsEditor })),
);
const PairingEditor = lazy(() =>
  import('../components/register/PairingEditor').then((m) => ({ default: m.PairingEditor })),
);
// 本户政策 (benefits, briefing, 政策明白卡) loads beside the page with its own messages
const HouseholdPolicies = lazy(() =>
  import('../components/policy/HouseholdPolicies').then((m) => ({ default: m.HouseholdPolicies })),
);

function Section({
  title,
  testId,
  extra,
  children,
}: {
  title: string;
  testId: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card size="small" title={title} extra={extra} data-testid={testId}>
      {children}
    </Card>
  );
}

function Line({ label, value, testId }: { label: string; value: string | null | undefined; testId: string }) {
  return (
    <Flex gap={8} style={{ padding: '4px 0' }}>
      <span style={{ color: COLORS.textSecondary, minWidth: 84, flexShrink: 0 }}>{label}</span>
      <span data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
        {value || '—'}
      </span>
    </Flex>
  );
}

/** One household: situation (editable with version), members, tags, pairing, grid history, visits. */
export function HouseholdDetailPage({ id }: { id: string }) {
  const t = useT();
  const isPhone = useIsPhone();
  const permissions = useSession()?.account.permissions ?? [];
  const query = useGqlQuery(HOUSEHOLD_DETAIL_QUERY, { id });
  const [household, setHousehold] = useState<HouseholdDetail | null>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [moving, setMoving] = useState(false);
  const writable = canWrite(permissions);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new query result replaces the edited copy
    setHousehold(query.data?.household ?? null);
  }, [query.data]);

  const reload = () => {
    setEditing(false);
    setMoving(false);
    setSaved(false);
    query.reload();
  };

  return (
    <section data-testid="household-detail-page" data-household-id={id}>
      <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Link to={{ page: 'households' }} testId="household-back">
          <LeftOutlined /> {t('governance.title')}
        </Link>
      </Flex>
      <QueryState
        testId="household"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data !== null}
        isEmpty={query.data?.household === null}
        onRetry={query.reload}
        emptyText={t('gov.household.notFound')}
      >
        {household ? (
          <Flex vertical gap={12}>
            <Flex justify="space-between" align="center" wrap gap={8}>
              <div>
                <h2 style={{ margin: 0, fontSize: 20 }} data-testid="household-title">
                  {household.headName}
                  <span style={{ fontSize: 14, fontWeight: 400, color: COLORS.textSecondary, marginInlineStart: 8 }}>
                    {t('governance.membersCount', { count: household.memberCount })}
                  </span>
                </h2>
                <div style={{ color: COLORS.textSecondary }} data-testid="household-place">
                  {[household.village?.name, household.group?.name, household.grid?.name ?? t('governance.noGrid')]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              </div>
              {writable ? (
                <Button
                  type="primary"
                  size={isPhone ? 'large' : 'middle'}
                  block={isPhone}
                  icon={<EditOutlined />}
                  onClick={() => navigate({ page: 'visit-new', household: household.id })}
                  data-testid="household-record-visit"
                >
                  {t('gov.households.recordVisit')}
                </Button>
              ) : null}
              <RaiseCaseButton householdId={household.id} size={isPhone ? 'large' : 'middle'} block={isPhone} />
            </Flex>
            {saved ? (
              <Alert
                type="success"
                showIcon
                closable
                title={t('gov.common.saved')}
                onClose={() => setSaved(false)}
                data-testid="household-saved"
              />
            ) : null}
            <Section
              title={t('gov.household.situation')}
              testId="household-situation"
              extra={
                writable && !editing ? (
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => {
                      setSaved(false);
                      setEditing(true);
                    }}
                    data-testid="household-edit"
                  >
                    {t('gov.common.edit')}
                  </Button>
                ) : null
              }
            >
              {editing ? (
                <SituationForm
                  household={household}
                  onCancel={() => setEditing(false)}
                  onReload={reload}
                  onSaved={(next) => {
                    setHousehold({ ...household, ...next });
                    setEditing(false);
                    setSaved(true);
                  }}
                />
              ) : (
                <div>
                  <Line label={t('governance.address')} value={household.address} testId="household-address" />
                  <Line
                    label={t('gov.household.incomeBand')}
                    value={household.incomeBand ? t(`gov.income.${household.incomeBand}`) : null}
                    testId="household-income"
                  />
                  <Line
                    label={t('gov.household.production')}
                    value={household.productionSituation}
                    testId="household-production"
                  />
                  <Line label={t('gov.household.living')} value={household.livingSituation} testId="household-living" />
                  <Line
                    label={t('gov.household.difficulties')}
                    value={household.difficulties}
                    testId="household-difficulties"
                  />
                </div>
              )}
            </Section>
            <Section title={t('gov.household.residents')} testId="household-residents">
              <Suspense
                fallback={
                  <ResidentsSection
                    residents={household.residents}
                    canUnmaskIdCard={canUnmask(permissions)}
                    canUnmaskPhone={canUnmaskPhone(permissions)}
                  />
                }
              >
                <ResidentsEditor
                  householdId={household.id}
                  residents={household.residents}
                  canUnmaskIdCard={canUnmask(permissions)}
                  canUnmaskPhone={canUnmaskPhone(permissions)}
                  canEdit={writable}
                  onChanged={reload}
                />
              </Suspense>
            </Section>
            <Section title={t('gov.households.tags')} testId="household-tags-card">
              <TagsSection
                householdId={household.id}
                tags={household.tags}
                canEdit={writable}
                onChanged={({ tags, version }) => setHousehold({ ...household, tags, version })}
              />
            </Section>
            <Section title={t('governance.pairedCadres')} testId="household-pairing-card">
              <Suspense fallback={<PairingSection cadres={household.pairedCadres} />}>
                <PairingEditor
                  householdId={household.id}
                  villageCode={household.villageCode}
                  cadres={household.pairedCadres}
                  canManage={canDecidePairing(permissions)}
                  onChanged={reload}
                />
              </Suspense>
            </Section>
            <Section title={t('gov.household.visits')} testId="household-visits-card">
              <VisitHistorySection
                visits={nodesOf(household.visits)}
                total={household.visits.totalCount}
                householdId={household.id}
              />
            </Section>
            {permissions.includes('POLICY_READ') ? (
              <Suspense fallback={null}>
                <HouseholdPolicies
                  householdId={household.id}
                  canRecord={permissions.includes('POLICY_BENEFIT_RECORD')}
                />
              </Suspense>
            ) : null}
            <Section
              title={t('gov.household.gridHistory')}
              testId="household-grid-history-card"
              extra={
                canMoveHousehold(permissions) && !moving ? (
                  <Button size="small" onClick={() => setMoving(true)} data-testid="household-move-grid">
                    {t('gov.household.move')}
                  </Button>
                ) : null
              }
            >
              {moving ? (
                <MoveGridForm
                  household={household}
                  onCancel={() => setMoving(false)}
                  onReload={reload}
                  onMoved={(moved) => {
                    setHousehold({ ...household, ...moved });
                    setMoving(false);
                  }}
                />
              ) : null}
              <GridHistorySection moves={household.gridHistory} />
            </Section>
          </Flex>
        ) : null}
      </QueryState>
    </section>
  );
}
