import { useT, COLORS } from '@xiangzhi/platform';
import { Flex } from 'antd';
import type { CaseDetail } from '../../api/cases';

/** Photos as thumbnails (a tap opens the full photo); other files as links. */
export function CaseAttachments({ attachments }: { attachments: CaseDetail['attachments'] }) {
  const t = useT();
  if (attachments.length === 0)
    return <span style={{ color: COLORS.textTertiary }}>{t('gov.case.noAttachments')}</span>;
  return (
    <Flex wrap gap={8} data-testid="case-attachments">
      {attachments.map((file) => (
        <a key={file.id} href={file.url} target="_blank" rel="noopener noreferrer" data-testid="case-attachment">
          {file.contentType.startsWith('image/') ? (
            <img
              src={file.url}
              alt={file.fileName}
              loading="lazy"
              style={{
                width: 96,
                height: 96,
                objectFit: 'cover',
                borderRadius: 6,
                border: `1px solid ${COLORS.border}`,
              }}
              data-testid="case-photo"
            />
          ) : (
            file.fileName
          )}
        </a>
      ))}
    </Flex>
  );
}
