import { gqlRequest, useT } from '@xiangzhi/platform';
import { Alert, Button, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { CASE_DOMAINS, CASE_KINDS } from '../../api/cases';
import { CONVERT_PATROL_FINDING_MUTATION } from '../../api/patrol';
import { asRequestError } from '../../lib/errors';
import { Link } from '../../lib/routing';

/** 巡查发现 → 民情事项 in one step, right after the check-in. */
export function FindingToCase({ checkInId, note }: { checkInId: string; note: string }) {
  const t = useT();
  const [title, setTitle] = useState(note.slice(0, 60));
  const [kind, setKind] = useState<(typeof CASE_KINDS)[number]>('PROBLEM');
  const [domain, setDomain] = useState<(typeof CASE_DOMAINS)[number]>('GOVERNANCE');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [raised, setRaised] = useState<{ id: string; code: string } | null>(null);

  if (raised)
    return (
      <Alert
        type="info"
        showIcon
        data-testid="patrol-case-raised"
        title={t('gov.patrol.caseRaised', { code: raised.code })}
        action={
          <Link to={{ page: 'case', id: raised.id }} testId="patrol-case-link">
            {t('gov.patrol.openCase')}
          </Link>
        }
      />
    );
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const data = await gqlRequest(CONVERT_PATROL_FINDING_MUTATION, {
        input: { checkInId, title, kind, domain, description: note || null },
      });
      setRaised(data.convertPatrolFindingToCase);
    } catch (caught) {
      setError(asRequestError(caught, t('gov.common.failed')).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={8} data-testid="patrol-to-case">
      <Input
        size="large"
        maxLength={60}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        placeholder={t('gov.patrol.caseTitle')}
        aria-label={t('gov.patrol.caseTitle')}
        data-testid="patrol-case-title"
      />
      <Flex gap={8} wrap>
        <Select
          value={kind}
          onChange={setKind}
          style={{ minWidth: 120 }}
          options={CASE_KINDS.map((k) => ({ value: k, label: t(`gov.caseKind.${k}`) }))}
        />
        <Select
          value={domain}
          onChange={setDomain}
          style={{ minWidth: 140 }}
          options={CASE_DOMAINS.map((d) => ({ value: d, label: t(`gov.caseDomain.${d}`) }))}
        />
      </Flex>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <Button
        type="primary"
        loading={busy}
        disabled={!title.trim()}
        onClick={() => void submit()}
        data-testid="patrol-case-submit"
      >
        {t('gov.patrol.toCase')}
      </Button>
    </Flex>
  );
}
