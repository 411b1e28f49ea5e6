import { PhoneOutlined } from '@ant-design/icons';
import { useT, COLORS } from '@xiangzhi/platform';
import { Flex, Tag } from 'antd';
import type { CadreBrief, GridMove, VisitBrief } from '../../api/household';
import { formatDateTime } from '../../lib/dates';
import { RaiseCaseButton } from '../case/RaiseCaseButton';

const muted = { color: COLORS.textTertiary } as const;

export function PairingSection({ cadres }: { cadres: CadreBrief[] }) {
  const t = useT();
  if (cadres.length === 0) {
    return (
      <Tag color="warning" data-testid="household-unpaired">
        {t('governance.unpaired')}
      </Tag>
    );
  }
  return (
    <Flex vertical gap={6} data-testid="household-pairing">
      {cadres.map((cadre) => (
        <Flex key={cadre.id} gap={8} wrap align="center" data-testid="household-pairing-cadre" data-cadre-id={cadre.id}>
          <strong>{cadre.name}</strong>
          <span style={muted}>{cadre.post}</span>
          {cadre.phoneMasked ? (
            <span>
              <PhoneOutlined /> {cadre.phoneMasked}
            </span>
          ) : null}
        </Flex>
      ))}
    </Flex>
  );
}

export function GridHistorySection({ moves }: { moves: GridMove[] }) {
  const t = useT();
  if (moves.length === 0)
    return (
      <span style={muted} data-testid="grid-history-empty">
        {t('gov.household.noGridHistory')}
      </span>
    );
  return (
    <Flex vertical gap={6} data-testid="grid-history">
      {moves.map((move) => (
        <div key={`${move.movedAt}-${move.toGrid?.id ?? ''}`} data-testid="grid-move">
          <span style={muted}>{formatDateTime(move.movedAt)}</span>{' '}
          {t('gov.household.moved', {
            from: move.fromGrid?.name ?? t('governance.noGrid'),
            to: move.toGrid?.name ?? t('governance.noGrid'),
          })}
          {move.reason ? <span style={muted}> · {move.reason}</span> : null}
          {move.movedBy ? <span style={muted}> · {move.movedBy}</span> : null}
        </div>
      ))}
    </Flex>
  );
}

export interface VisitHistoryProps {
  visits: VisitBrief[];
  total: number;
  /** The household's id: each visit offers "转为民情事项". */
  householdId?: string;
}

export function VisitHistorySection({ visits, total, householdId }: VisitHistoryProps) {
  const t = useT();
  if (visits.length === 0)
    return (
      <span style={muted} data-testid="visit-history-empty">
        {t('gov.household.noVisits')}
      </span>
    );
  return (
    <Flex vertical gap={10} data-testid="visit-history">
      {visits.map((visit) => {
        const notes = [visit.family, visit.production, visit.living].filter(Boolean).join('；');
        return (
          <div
            key={visit.id}
            data-testid="visit-history-row"
            data-visit-id={visit.id}
            style={{ borderLeft: `3px solid ${COLORS.primaryLight}`, paddingLeft: 10 }}
          >
            <Flex gap={8} wrap align="center">
              <strong>{visit.visitedOn}</strong>
              <Tag>{t(`gov.method.${visit.method}`)}</Tag>
              <span style={muted}>{visit.cadres.map((cadre) => cadre.name).join('、')}</span>
            </Flex>
            {notes ? <div style={{ whiteSpace: 'pre-wrap' }}>{notes}</div> : null}
            {visit.difficulties ? (
              <div style={muted}>
                {t('gov.visit.difficulties')}：{visit.difficulties}
              </div>
            ) : null}
            {visit.demands ? (
              <div style={muted}>
                {t('gov.visit.demands')}：{visit.demands}
              </div>
            ) : null}
            {householdId ? <RaiseCaseButton householdId={householdId} visitId={visit.id} size="small" /> : null}
          </div>
        );
      })}
      {total > visits.length ? (
        <span style={muted}>{t('gov.household.moreVisits', { count: total - visits.length })}</span>
      ) : null}
    </Flex>
  );
}
