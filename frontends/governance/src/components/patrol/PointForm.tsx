import { gqlRequest, useT } from '@xiangzhi/platform';
import { Alert, Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { SAVE_PATROL_POINT_MUTATION } from '../../api/patrol';
import { asRequestError } from '../../lib/errors';

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** A new point at the end of the plan's route: name, window, optional position and radius. */
export function PointForm({ planId, weekly, onSaved }: { planId: string; weekly: boolean; onSaved(): void }) {
  const t = useT();
  const [v, setV] = useState({
    name: '',
    start: '08:00',
    end: '18:00',
    weekday: '',
    grace: '60',
    lat: '',
    lng: '',
    radius: '100',
  });
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const save = async () => {
    setError(null);
    try {
      await gqlRequest(SAVE_PATROL_POINT_MUTATION, {
        input: {
          planId,
          name: v.name,
          windowStart: v.start,
          windowEnd: v.end,
          weekday: weekly ? num(v.weekday) : null,
          graceMinutes: num(v.grace),
          lat: num(v.lat),
          lng: num(v.lng),
          radiusM: num(v.radius),
        },
      });
      onSaved();
    } catch (caught) {
      setError(asRequestError(caught, t('gov.common.failed')).message);
    }
  };
  const field = (k: keyof typeof v, label: string, type = 'text', width = 110) => (
    <Input
      type={type}
      value={v[k]}
      onChange={set(k)}
      placeholder={label}
      aria-label={label}
      style={{ width }}
      data-testid={`patrol-point-${k}`}
    />
  );
  return (
    <Flex vertical gap={8} style={{ marginTop: 8 }} data-testid="patrol-point-form">
      {field('name', t('gov.patrol.pointName'), 'text', 240)}
      <Flex gap={8} wrap>
        {field('start', t('gov.patrol.start'), 'time')}
        {field('end', t('gov.patrol.end'), 'time')}
        {weekly ? field('weekday', t('gov.patrol.weekday'), 'number') : null}
        {field('grace', t('gov.patrol.grace'), 'number')}
      </Flex>
      <Flex gap={8} wrap>
        {field('lat', t('gov.patrol.lat'), 'number', 130)}
        {field('lng', t('gov.patrol.lng'), 'number', 130)}
        {field('radius', t('gov.patrol.radius'), 'number')}
      </Flex>
      {error ? <Alert type="error" showIcon title={error} data-testid="patrol-point-error" /> : null}
      <Button type="primary" disabled={!v.name.trim()} onClick={() => void save()} data-testid="patrol-point-save">
        {t('gov.patrol.save')}
      </Button>
    </Flex>
  );
}
