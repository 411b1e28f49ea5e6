import { useT } from '@xiangzhi/platform';
import { Button, Flex } from 'antd';
import { useEffect, useRef, useState } from 'react';

// The browser's own barcode reader (Chrome on Android, Safari 17+); where it is missing the form offers a text field.
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

const detectorClass = (): BarcodeDetectorClass | null =>
  (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector ?? null;

/** True when the browser can read QR codes from the camera. */
export const canScan = (): boolean => detectorClass() !== null && !!navigator.mediaDevices?.getUserMedia;

export interface QrScannerProps {
  onCode(text: string): void;
}

/** A camera view that reads the first QR code it sees and stops. */
export function QrScanner({ onCode }: QrScannerProps) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);

  useEffect(() => {
    if (!on) return;
    const Detector = detectorClass();
    if (!Detector) return;
    const detector = new Detector({ formats: ['qr_code'] });
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const tick = async () => {
      if (stopped || !video.current) return;
      try {
        const [code] = await detector.detect(video.current);
        if (code?.rawValue) {
          onCode(code.rawValue);
          setOn(false);
          return;
        }
      } catch {
        // a frame not ready yet: try the next one
      }
      timer = setTimeout(tick, 300);
    };
    void navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then((s) => {
      stream = s;
      if (stopped || !video.current) return;
      video.current.srcObject = s;
      void video.current.play();
      void tick();
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on, onCode]);

  if (!canScan()) return null;
  return (
    <Flex vertical gap={8}>
      <Button size="large" onClick={() => setOn(!on)} data-testid="patrol-scan">
        {on ? t('gov.patrol.scanning') : t('gov.patrol.scan')}
      </Button>
      {on ? (
        <video ref={video} muted playsInline style={{ width: '100%', maxHeight: 280, objectFit: 'cover' }} />
      ) : null}
    </Flex>
  );
}
