import { AuditOutlined, SearchOutlined } from '@ant-design/icons';
import { useT, COLORS } from '@xiangzhi/platform';
import { Button, Flex, Input } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import {
  LOOKUP_REASON_MAX,
  lookupReasonProblem,
  type HouseholdFilters,
  type LookupError,
  type LookupField,
} from '../households-query';

export interface LookupFieldsProps {
  filters: HouseholdFilters;
  onChange(filters: HouseholdFilters): void;
  /** The lookups the account may use; a hidden one is never sent. */
  lookups: { idCardNo: boolean; phone: boolean };
  /** The server's refusal of the committed lookup. */
  error: LookupError | null;
  width: number | string;
}

const errorStyle = { color: COLORS.error, fontSize: 13 } as const;

/**
 * Exact lookup by ID number or phone. The server treats it as an unmask (audited, rate limited), so
 * a reason (查询事由) is asked for as soon as a value is typed, and nothing is sent without one.
 */
export function LookupFields({ filters, onChange, lookups, error, width }: LookupFieldsProps) {
  const t = useT();
  const reasonId = useId();
  const [idCardNo, setIdCardNo] = useState(filters.idCardNo);
  const [phone, setPhone] = useState(filters.phone);
  const [reason, setReason] = useState(filters.lookupReason);
  const [tried, setTried] = useState(false);
  if (!lookups.idCardNo && !lookups.phone) return null;

  const typed = idCardNo.trim() !== '' || phone.trim() !== '';
  const problem = tried && typed ? lookupReasonProblem(reason) : null;
  const edited = idCardNo !== filters.idCardNo || phone !== filters.phone || reason !== filters.lookupReason;
  // a refusal belongs to what was sent: once the values change it no longer applies
  const shown = edited ? null : error;

  const submit = () => {
    if (!typed) {
      onChange({ ...filters, idCardNo: '', phone: '', lookupReason: '' });
      return;
    }
    setTried(true);
    if (lookupReasonProblem(reason)) return;
    onChange({ ...filters, idCardNo, phone, lookupReason: reason });
  };

  /** Emptying a box drops that lookup at once (and the reason when no lookup is left). */
  const cleared = (field: 'idCardNo' | 'phone') => {
    const other = field === 'idCardNo' ? phone : idCardNo;
    if (other.trim() === '') {
      setReason('');
      setTried(false);
      onChange({ ...filters, idCardNo: '', phone: '', lookupReason: '' });
    } else if (filters[field] !== '') {
      onChange({ ...filters, [field]: '' });
    }
  };

  const serverError = (field: LookupField): ReactNode =>
    shown?.field === field ? (
      <span
        role="alert"
        style={errorStyle}
        data-testid="household-lookup-error"
        data-field={field}
        data-code={shown.code}
      >
        {shown.code === 'RATE_LIMITED' ? <strong>{t('gov.lookup.rateLimited')}</strong> : null}
        {shown.message}
      </span>
    ) : null;

  return (
    <>
      {lookups.idCardNo ? (
        <Flex vertical gap={2} style={{ width }}>
          <Input
            allowClear
            value={idCardNo}
            maxLength={18}
            placeholder={t('gov.filter.idCardNo')}
            status={shown?.field === 'idCardNo' ? 'error' : undefined}
            aria-invalid={shown?.field === 'idCardNo'}
            onChange={(event) => {
              setIdCardNo(event.target.value);
              if (event.target.value === '') cleared('idCardNo');
            }}
            onPressEnter={submit}
            data-testid="household-filter-idcard"
          />
          {serverError('idCardNo')}
        </Flex>
      ) : null}
      {lookups.phone ? (
        <Flex vertical gap={2} style={{ width }}>
          <Input
            allowClear
            value={phone}
            inputMode="tel"
            maxLength={20}
            placeholder={t('gov.filter.phone')}
            status={shown?.field === 'phone' ? 'error' : undefined}
            aria-invalid={shown?.field === 'phone'}
            onChange={(event) => {
              setPhone(event.target.value);
              if (event.target.value === '') cleared('phone');
            }}
            onPressEnter={submit}
            data-testid="household-filter-phone"
          />
          {serverError('phone')}
        </Flex>
      ) : null}
      {typed ? (
        <Flex vertical gap={4} style={{ flexBasis: '100%', maxWidth: 640 }} data-testid="household-lookup">
          <label htmlFor={reasonId}>
            <span style={{ color: COLORS.error, marginInlineEnd: 4 }} aria-hidden>
              *
            </span>
            {t('gov.lookup.reason')}
          </label>
          <Flex gap={8}>
            <Input
              id={reasonId}
              value={reason}
              maxLength={LOOKUP_REASON_MAX}
              required
              aria-required
              aria-invalid={problem !== null || shown?.field === 'lookupReason'}
              status={problem || shown?.field === 'lookupReason' ? 'error' : undefined}
              placeholder={t('gov.lookup.reasonPlaceholder')}
              onChange={(event) => setReason(event.target.value)}
              onPressEnter={submit}
              data-testid="household-lookup-reason"
            />
            <Button type="primary" icon={<SearchOutlined />} onClick={submit} data-testid="household-lookup-submit">
              {t('gov.lookup.submit')}
            </Button>
          </Flex>
          {problem ? (
            <span role="alert" style={errorStyle} data-testid="household-lookup-problem">
              {t(problem === 'required' ? 'gov.lookup.reasonRequired' : 'gov.lookup.reasonLength')}
            </span>
          ) : null}
          {serverError('lookupReason')}
          <span style={{ color: COLORS.textSecondary, fontSize: 13 }} data-testid="household-lookup-hint">
            <AuditOutlined style={{ marginInlineEnd: 4 }} />
            {t('gov.lookup.hint')}
          </span>
        </Flex>
      ) : null}
    </>
  );
}
