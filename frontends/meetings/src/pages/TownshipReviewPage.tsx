import { Checkbox, Flex } from 'antd';
import {
  defineMessages,
  isAboveVillage,
  PagedQueryState,
  PageHeader,
  RegionPicker,
  usePagedQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { useState } from 'react';
import { TownshipReviewDocument } from '../gql/graphql';
import { AgendaItemCard } from '../components/AgendaItemCard';
import { FORUM_MESSAGES } from './ForumMessages';

defineMessages(FORUM_MESSAGES);

/** 上级协调: the higher-level items of the township's villages, for the township party committee to take up. */
export function TownshipReviewPage() {
  const t = useT();
  const session = useSession();
  const divisionCode = session?.account.divisionCode ?? '';
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [openOnly, setOpenOnly] = useState(true);
  const query = usePagedQuery(
    TownshipReviewDocument,
    { regionCode: regionCode ?? null, openOnly },
    { pageSize: 20, connection: (data) => data.townshipReviewList },
  );
  return (
    <section data-testid="township-review-page">
      <PageHeader title={t('township.title')} marginBottom={16}>
        <Flex gap={8} wrap align="center">
          {isAboveVillage(divisionCode) ? <RegionPicker rootCode={divisionCode} onChange={setRegionCode} /> : null}
          <Checkbox
            checked={openOnly}
            onChange={(e) => setOpenOnly(e.target.checked)}
            data-testid="township-review-open-only"
          >
            {t('township.openOnly')}
          </Checkbox>
        </Flex>
      </PageHeader>
      <PagedQueryState testId="township-review" query={query} showPartial emptyText={t('township.empty')}>
        <Flex vertical gap={12}>
          {query.nodes.map((item) => (
            <div key={item.id} data-testid="township-review-item">
              <div style={{ marginBottom: 4 }}>
                {t('township.village')}：{item.village?.name ?? item.villageCode} · {item.forumOn}
              </div>
              <AgendaItemCard item={item} editable={false} onChanged={query.reload} />
            </div>
          ))}
        </Flex>
      </PagedQueryState>
    </section>
  );
}
