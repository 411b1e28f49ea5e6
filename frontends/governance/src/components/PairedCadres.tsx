import { useT } from '@xiangzhi/platform';
import { Tag } from 'antd';
import type { PairedCadre } from '../households-query';

export function PairedCadres({ cadres }: { cadres: PairedCadre[] }) {
  const t = useT();
  if (cadres.length === 0) return <Tag data-testid="household-unpaired">{t('governance.unpaired')}</Tag>;
  return (
    <span data-testid="household-cadres">
      {cadres.map((cadre) => (
        <Tag key={cadre.id} color="red" variant="outlined" title={cadre.post}>
          {cadre.name}
        </Tag>
      ))}
    </span>
  );
}
