import { defineMessages, QueryState, useGqlQuery, useIsPhone, useSession, useT, COLORS } from '@xiangzhi/platform';
import { Button, Card, Flex, Tag } from 'antd';
import { useState } from 'react';
import { GRID_TREE_QUERY, type RegionNode } from '../api/territory';
import { GridTree } from '../components/GridTree';
import { RegionTree } from '../components/RegionTree';
import { CadresCard } from '../components/register/CadresCard';
import { TerritoryEditor } from '../components/register/TerritoryEditor';
import { TERRITORY_MESSAGES } from '../messages/territory';

defineMessages(TERRITORY_MESSAGES);

/** Region tree (county → township → village) beside the grid tree of the selected region. */
export function TerritoryPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const grants = useSession()?.account.permissions ?? [];
  const [region, setRegion] = useState<RegionNode | null>(null);
  const [treeOpen, setTreeOpen] = useState(true);
  const query = useGqlQuery(GRID_TREE_QUERY, { code: region?.code ?? '' }, { skip: !region });
  const detail = query.data?.region;
  const current = detail && detail.code === region?.code ? detail : null;

  const regionTree = (
    <Card
      size="small"
      title={t('gov.territory.regions')}
      extra={
        isPhone ? (
          <Button size="small" type="link" onClick={() => setTreeOpen(!treeOpen)} data-testid="region-tree-toggle">
            {treeOpen ? t('gov.common.collapse') : t('gov.common.expand')}
          </Button>
        ) : null
      }
      style={{ width: isPhone ? '100%' : 280, flexShrink: 0 }}
    >
      <div hidden={isPhone && !treeOpen}>
        <RegionTree
          selected={region?.code ?? null}
          onSelect={(next) => {
            setRegion(next);
            if (isPhone && next.level === 'VILLAGE') setTreeOpen(false);
          }}
        />
      </div>
    </Card>
  );

  return (
    <section data-testid="territory-page">
      <h2 style={{ margin: '0 0 12px', fontSize: 20 }}>{t('gov.territory.title')}</h2>
      <Flex vertical={isPhone} gap={12} align="flex-start">
        {regionTree}
        <Card
          size="small"
          style={{ flex: 1, width: isPhone ? '100%' : undefined, minWidth: 0 }}
          title={
            <span data-testid="territory-region-title">
              {region ? t('gov.territory.gridsOf', { name: region.name }) : t('gov.territory.grids')}
            </span>
          }
        >
          {region ? (
            <QueryState
              testId="grid-tree"
              loading={query.loading}
              error={query.error}
              partialErrors={query.partialErrors}
              hasData={query.data !== null && (detail === null || current !== null)}
              isEmpty={!current || current.gridTree.length === 0}
              onRetry={query.reload}
              emptyText={t('gov.territory.noGrids')}
            >
              {current ? (
                <Flex vertical gap={12}>
                  <GridTree grids={current.gridTree} />
                  {current.villagerGroups.length ? (
                    <div data-testid="villager-groups">
                      <span style={{ color: COLORS.textSecondary, marginInlineEnd: 8 }}>
                        {t('gov.territory.groups')}
                      </span>
                      {current.villagerGroups.map((group) => (
                        <Tag key={group.id}>{group.name}</Tag>
                      ))}
                    </div>
                  ) : null}
                </Flex>
              ) : null}
            </QueryState>
          ) : (
            <span style={{ color: COLORS.textTertiary }}>{t('gov.territory.pick')}</span>
          )}
          {current && current.level !== 'COUNTY' ? (
            <div style={{ marginTop: 12 }}>
              <TerritoryEditor
                region={current}
                grids={current.gridTree}
                canManageGrids={grants.includes('GRID_MANAGE')}
                canManageGroups={grants.includes('TERRITORY_MANAGE')}
                onChanged={query.reload}
              />
            </div>
          ) : null}
        </Card>
        {current && current.level !== 'COUNTY' ? (
          <Card size="small" title={t('gov.cadreForm.title')} style={{ flex: 1, width: isPhone ? '100%' : undefined }}>
            <CadresCard key={current.code} divisionCode={current.code} canManage={grants.includes('CADRE_MANAGE')} />
          </Card>
        ) : null}
      </Flex>
    </section>
  );
}
