import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { gqlRequest, useT, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Flex, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { UPLOAD_ATTACHMENT_MUTATION } from '../../api/cases';
import { asRequestError } from '../../lib/errors';
import { base64Of, jpegName, scalePhoto } from '../../lib/photos';

interface Photo {
  key: string;
  preview: string;
  /** The attachment's id once uploaded. */
  id: string | null;
  error: string | null;
}

export interface PhotoPickerProps {
  /** The uploaded photos' attachment ids (what raiseCase takes). */
  onChange(ids: string[], uploading: boolean): void;
}

/** Takes a photo with the phone's camera (or picks one), scales it down, uploads it; thumbnails below. */
export function PhotoPicker({ onChange }: PhotoPickerProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [photos, setPhotos] = useState<Photo[]>([]);

  useEffect(() => {
    onChange(
      photos.flatMap((photo) => (photo.id ? [photo.id] : [])),
      photos.some((photo) => !photo.id && !photo.error),
    );
  }, [photos, onChange]);
  // the previews are object URLs: free them when the form goes
  const previews = useRef<string[]>([]);
  useEffect(() => () => previews.current.forEach((url) => URL.revokeObjectURL(url)), []);

  const update = (key: string, patch: Partial<Photo>) =>
    setPhotos((current) => current.map((photo) => (photo.key === key ? { ...photo, ...patch } : photo)));

  const add = async (file: File) => {
    const key = `${Date.now()}-${Math.random()}`;
    let scaled: Blob;
    try {
      scaled = await scalePhoto(file);
    } catch {
      scaled = file;
    }
    const preview = URL.createObjectURL(scaled);
    previews.current.push(preview);
    setPhotos((current) => [...current, { key, preview, id: null, error: null }]);
    try {
      const data = await gqlRequest(UPLOAD_ATTACHMENT_MUTATION, {
        input: {
          fileName: jpegName(file.name),
          contentType: scaled.type || 'image/jpeg',
          dataBase64: await base64Of(scaled),
        },
      });
      update(key, { id: data.uploadAttachment.id });
    } catch (caught) {
      update(key, { error: asRequestError(caught, t('gov.common.failed')).message });
    }
  };

  return (
    <Flex vertical gap={8} data-testid="case-photos">
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          for (const file of files) void add(file);
        }}
        data-testid="case-photo-input"
      />
      <Button
        size="large"
        icon={<CameraOutlined />}
        onClick={() => input.current?.click()}
        data-testid="case-photo-take"
      >
        {t('gov.raise.takePhoto')}
      </Button>
      <Flex wrap gap={8}>
        {photos.map((photo) => (
          <div
            key={photo.key}
            style={{ position: 'relative', width: 88, height: 88 }}
            data-testid="case-photo-thumb"
            data-uploaded={photo.id !== null}
          >
            <img
              src={photo.preview}
              alt=""
              style={{ width: 88, height: 88, objectFit: 'cover', borderRadius: 6, opacity: photo.id ? 1 : 0.5 }}
            />
            {!photo.id && !photo.error ? (
              <Spin
                size="small"
                style={{ position: 'absolute', top: 34, left: 34 }}
                aria-label={t('gov.raise.uploading')}
              />
            ) : null}
            <Button
              size="small"
              shape="circle"
              icon={<CloseOutlined />}
              aria-label={t('gov.raise.removePhoto')}
              onClick={() => setPhotos((current) => current.filter((item) => item.key !== photo.key))}
              style={{ position: 'absolute', top: 2, right: 2, background: COLORS.bgContainer }}
            />
          </div>
        ))}
      </Flex>
      {photos
        .filter((photo) => photo.error)
        .map((photo) => (
          <Alert
            key={photo.key}
            type="error"
            showIcon
            title={t('gov.raise.photoFailed', { message: photo.error ?? '' })}
            data-testid="case-photo-error"
          />
        ))}
    </Flex>
  );
}
