import { useGqlQuery, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex } from 'antd';
import { SIMILAR_CASES_QUERY, type SimilarCase } from '../../api/cases';
import { formatDateTime } from '../../lib/dates';
import { Link } from '../../lib/routing';
import { useDebounced } from '../../lib/useDebounced';

export interface SimilarCasesProps {
  householdId: string | null;
  place: string | null;
  /** The title and description typed so far. */
  text: string;
  /** The open case this one duplicates (then nothing new is filed), or null. */
  value: SimilarCase | null;
  onChange(value: SimilarCase | null): void;
}

/** Open cases of the same household or place with similar text, offered as the user types. */
export function SimilarCases({ householdId, place, text, value, onChange }: SimilarCasesProps) {
  const t = useT();
  const typed = useDebounced(text.trim(), 400);
  const where = householdId !== null || (place?.trim() ?? '') !== '';
  const query = useGqlQuery(
    SIMILAR_CASES_QUERY,
    { householdId, place: householdId ? null : (place?.trim() ?? null), text: typed },
    { skip: !where || typed.length < 2 },
  );
  const similar = query.data?.similarCases ?? [];
  if (value)
    return (
      <Alert
        type="info"
        showIcon
        title={t('gov.raise.linked', { code: value.code })}
        action={
          <Button size="small" onClick={() => onChange(null)} data-testid="case-similar-unlink">
            {t('gov.raise.unlink')}
          </Button>
        }
        data-testid="case-similar-linked"
      />
    );
  if (similar.length === 0) return null;
  return (
    <Flex
      vertical
      gap={6}
      style={{ padding: 12, background: COLORS.warningBg, borderRadius: 6 }}
      data-testid="case-similar"
    >
      <span>{t('gov.raise.similar')}</span>
      {similar.map((item) => (
        <Flex key={item.id} justify="space-between" align="center" gap={8} wrap data-testid="case-similar-row">
          <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <Link to={{ page: 'case', id: item.id }}>{item.title}</Link>{' '}
            <span style={{ color: COLORS.textSecondary, fontSize: 12 }}>
              {item.code} · {t(`gov.caseStatus.${item.status}`)} · {formatDateTime(item.raisedAt)}
            </span>
          </span>
          <Button size="small" onClick={() => onChange(item)} data-testid="case-similar-link">
            {t('gov.raise.linkTo')}
          </Button>
        </Flex>
      ))}
    </Flex>
  );
}
