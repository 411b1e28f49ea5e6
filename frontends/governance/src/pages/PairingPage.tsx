import {
  defineMessages,
  isAboveVillage,
  PageHeader,
  RegionPicker,
  useSession,
  useT,
  VILLAGE_CODE_LENGTH,
} from '@xiangzhi/platform';
import { Alert, Tabs } from 'antd';
import { useState } from 'react';
import { CadreLoadSection } from '../components/pairing/CadreLoadSection';
import { CoverageSection } from '../components/pairing/CoverageSection';
import { RosterSection } from '../components/pairing/RosterSection';
import { SuggestionsSection } from '../components/pairing/SuggestionsSection';
import { canDecidePairing } from '../lib/access';
import { PAIRING_MESSAGES } from '../messages/pairing';

defineMessages(PAIRING_MESSAGES);

type PairingTab = 'coverage' | 'suggestions' | 'load' | 'roster';

/** 联户 board: coverage and the unpaired, suggested pairings, cadre load, the roster. */
export function PairingPage() {
  const t = useT();
  const account = useSession()?.account;
  const divisionCode = account?.divisionCode ?? '';
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [tab, setTab] = useState<PairingTab>('coverage');
  const [pairedCount, setPairedCount] = useState(0);
  const region = regionCode ?? divisionCode;
  const villageCode = region.length === VILLAGE_CODE_LENGTH ? region : null;
  const label = (key: PairingTab, text: string) => <span data-testid={`pairing-tab-${key}`}>{text}</span>;

  return (
    <section data-testid="pairing-page">
      <PageHeader title={t('gov.pairing.title')} marginBottom={8}>
        {isAboveVillage(divisionCode) ? (
          <RegionPicker rootCode={divisionCode} onChange={(code) => setRegionCode(code ?? null)} />
        ) : null}
      </PageHeader>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as PairingTab)}
        destroyOnHidden
        items={[
          {
            key: 'coverage',
            label: label('coverage', t('gov.pairing.tabCoverage')),
            children: <CoverageSection key={pairedCount} regionCode={regionCode} />,
          },
          {
            key: 'suggestions',
            label: label('suggestions', t('gov.pairing.tabSuggestions')),
            children: villageCode ? (
              <SuggestionsSection
                key={villageCode}
                villageCode={villageCode}
                canDecide={canDecidePairing(account?.permissions ?? [])}
                onPaired={() => setPairedCount((count) => count + 1)}
              />
            ) : (
              <Alert type="info" showIcon title={t('gov.pairing.pickVillage')} data-testid="suggestions-pick-village" />
            ),
          },
          {
            key: 'load',
            label: label('load', t('gov.pairing.tabLoad')),
            children: <CadreLoadSection key={pairedCount} regionCode={regionCode} />,
          },
          {
            key: 'roster',
            label: label('roster', t('gov.pairing.tabRoster')),
            children: <RosterSection key={pairedCount} regionCode={regionCode} />,
          },
        ]}
      />
    </section>
  );
}
