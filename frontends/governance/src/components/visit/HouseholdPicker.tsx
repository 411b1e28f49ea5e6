import { SearchOutlined } from '@ant-design/icons';
import { nodesOf, useGqlQuery, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex, Input, Spin } from 'antd';
import { useState } from 'react';
import { MY_HOUSEHOLDS_QUERY, SEARCH_HOUSEHOLDS_QUERY, type VisitHouseholdOption } from '../../api/visits';
import { TagList } from '../TagList';

function Option({ household, onPick }: { household: VisitHouseholdOption; onPick(id: string): void }) {
  return (
    <Button
      block
      size="large"
      onClick={() => onPick(household.id)}
      style={{
        height: 'auto',
        minHeight: 52,
        padding: '8px 12px',
        textAlign: 'left',
        justifyContent: 'flex-start',
        whiteSpace: 'normal',
      }}
      data-testid="visit-household-option"
      data-household-id={household.id}
    >
      <Flex vertical gap={2} style={{ width: '100%' }}>
        <Flex gap={6} wrap align="center">
          <strong>{household.headName}</strong>
          <TagList tags={household.tags} />
        </Flex>
        <span style={{ color: COLORS.textSecondary, fontSize: 13 }}>
          {[household.village?.name, household.address].filter(Boolean).join(' · ')}
        </span>
      </Flex>
    </Button>
  );
}

/** The caller's own households first (one tap), then search over everything they may see. */
export function HouseholdPicker({ onPick }: { onPick(id: string): void }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const mine = useGqlQuery(MY_HOUSEHOLDS_QUERY);
  const found = useGqlQuery(SEARCH_HOUSEHOLDS_QUERY, { search, first: 20 }, { skip: search === '' });
  const own = nodesOf(mine.data?.me.cadre?.households);
  const results = search ? nodesOf(found.data?.households) : [];

  return (
    <Flex vertical gap={10} data-testid="visit-household-picker">
      <Input
        allowClear
        size="large"
        prefix={<SearchOutlined />}
        enterKeyHint="search"
        placeholder={t('gov.visit.searchHousehold')}
        onPressEnter={(event) => setSearch(event.currentTarget.value.trim())}
        onChange={(event) => event.target.value === '' && setSearch('')}
        data-testid="visit-household-search"
      />
      {search ? (
        <Flex vertical gap={6} data-testid="visit-search-results">
          {found.loading && !found.data ? <Spin /> : null}
          {found.error ? <Alert type="error" showIcon title={found.error.message} /> : null}
          {found.data && results.length === 0 ? (
            <span style={{ color: COLORS.textTertiary }}>{t('governance.empty')}</span>
          ) : null}
          {results.map((household) => (
            <Option key={household.id} household={household} onPick={onPick} />
          ))}
        </Flex>
      ) : null}
      <div style={{ color: COLORS.textSecondary, marginTop: 4 }}>{t('gov.visit.myHouseholds')}</div>
      {mine.loading && !mine.data ? <Spin data-testid="visit-my-households-loading" /> : null}
      {mine.error ? <Alert type="error" showIcon title={mine.error.message} /> : null}
      {mine.data && own.length === 0 ? (
        <span style={{ color: COLORS.textTertiary }} data-testid="visit-my-households-empty">
          {mine.data.me.cadre ? t('gov.visit.noOwnHouseholds') : t('gov.visit.notCadre')}
        </span>
      ) : null}
      <Flex vertical gap={6} data-testid="visit-my-households">
        {own.map((household) => (
          <Option key={household.id} household={household} onPick={onPick} />
        ))}
      </Flex>
    </Flex>
  );
}
