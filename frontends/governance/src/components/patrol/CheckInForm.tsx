import { gqlRequest, useT } from '@xiangzhi/platform';
import { Alert, Button, Checkbox, Flex, Input, Radio } from 'antd';
import { useCallback, useState } from 'react';
import { CHECK_IN_PATROL_MUTATION, type PatrolPointRow } from '../../api/patrol';
import { asRequestError } from '../../lib/errors';
import { PhotoPicker } from '../case/PhotoPicker';
import { FindingToCase } from './FindingToCase';
import { QrScanner } from './QrScanner';

type Method = 'QR' | 'POSITION';
interface Position {
  lat: number;
  lng: number;
  accuracy: number;
}

export interface CheckInFormProps {
  point: PatrolPointRow;
  onDone(): void;
}

/** Check in at a point: by its QR code (camera or typed) or by the phone's position; a note, photos, a finding. */
export function CheckInForm({ point, onDone }: CheckInFormProps) {
  const t = useT();
  const [method, setMethod] = useState<Method>(point.lat != null ? 'POSITION' : 'QR');
  const [code, setCode] = useState('');
  const [position, setPosition] = useState<Position | null>(null);
  const [locating, setLocating] = useState(false);
  const [note, setNote] = useState('');
  const [finding, setFinding] = useState(false);
  const [photos, setPhotos] = useState<{ ids: string[]; uploading: boolean }>({ ids: [], uploading: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: string; late: boolean; finding: boolean } | null>(null);
  const onPhotos = useCallback((ids: string[], uploading: boolean) => setPhotos({ ids, uploading }), []);

  const locate = () => {
    setLocating(true);
    setError(null);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPosition({ lat: p.coords.latitude, lng: p.coords.longitude, accuracy: Math.round(p.coords.accuracy) });
        setLocating(false);
      },
      (e) => {
        setError(t('gov.patrol.noGeo', { message: e.message }));
        setLocating(false);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const { checkInPatrol } = await gqlRequest(CHECK_IN_PATROL_MUTATION, {
        input: {
          pointId: point.id,
          method,
          qrCode: method === 'QR' ? code : null,
          lat: method === 'POSITION' ? (position?.lat ?? null) : null,
          lng: method === 'POSITION' ? (position?.lng ?? null) : null,
          note: note || null,
          finding,
          attachmentIds: photos.ids,
        },
      });
      setDone({ id: checkInPatrol.id, late: checkInPatrol.late, finding: checkInPatrol.finding });
    } catch (caught) {
      setError(asRequestError(caught, t('gov.common.failed')).message);
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <Flex vertical gap={8} data-testid="patrol-checked-in">
        <Alert type="success" showIcon title={t(done.late ? 'gov.patrol.doneLate' : 'gov.patrol.done')} />
        {done.finding ? <FindingToCase checkInId={done.id} note={note} /> : null}
        <Button onClick={onDone} data-testid="patrol-check-in-close">
          {t('gov.common.cancel')}
        </Button>
      </Flex>
    );

  return (
    <Flex vertical gap={10} data-testid="patrol-check-in-form">
      <Radio.Group
        value={method}
        onChange={(e) => setMethod(e.target.value as Method)}
        optionType="button"
        options={[
          { value: 'QR', label: <span data-testid="patrol-method-qr">{t('gov.patrol.byQr')}</span> },
          { value: 'POSITION', label: <span data-testid="patrol-method-position">{t('gov.patrol.byPosition')}</span> },
        ]}
      />
      {method === 'QR' ? (
        <>
          <QrScanner onCode={setCode} />
          <Input
            size="large"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder={t('gov.patrol.code')}
            aria-label={t('gov.patrol.code')}
            data-testid="patrol-code"
          />
          <span style={{ fontSize: 12 }}>{t('gov.patrol.codeHint')}</span>
        </>
      ) : (
        <Flex vertical gap={4}>
          <Button size="large" loading={locating} onClick={locate} data-testid="patrol-locate">
            {locating ? t('gov.patrol.locating') : t('gov.patrol.locate')}
          </Button>
          {position ? (
            <span data-testid="patrol-located">{t('gov.patrol.located', { accuracy: String(position.accuracy) })}</span>
          ) : null}
        </Flex>
      )}
      <Input.TextArea
        rows={3}
        maxLength={500}
        showCount
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t('gov.patrol.note')}
        aria-label={t('gov.patrol.note')}
        data-testid="patrol-note"
      />
      <Checkbox checked={finding} onChange={(e) => setFinding(e.target.checked)} data-testid="patrol-finding">
        {t('gov.patrol.finding')}
      </Checkbox>
      <PhotoPicker onChange={onPhotos} />
      {error ? <Alert type="error" showIcon title={error} data-testid="patrol-error" /> : null}
      <Button
        type="primary"
        size="large"
        loading={busy}
        disabled={photos.uploading || (method === 'QR' ? !code.trim() : !position)}
        onClick={() => void submit()}
        data-testid="patrol-submit"
      >
        {t('gov.patrol.submit')}
      </Button>
    </Flex>
  );
}
