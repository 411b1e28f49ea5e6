import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@xiangzhi/testing';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { SupervisionStatus, SupervisionTask } from './supervision-task.entity.js';

const dayOffset = (n: number): string => todayInChina(new Date(Date.now() + n * 86_400_000));

/**
 * The supervision module's part of the demo data: four cards the first township's office gave the first cadre (seed 002
 * 工作督办卡): one to do, one overdue, one reported and one accepted. A hand-written fixture gets none.
 */
export async function loadSupervisionDemo(em: EntityManager, data: DemoDataset, _crypto: FieldCrypto): Promise<void> {
  if (!data.referenceDate) return;
  const cadre = data.accounts.find((a) => a.username === 'cadre_1');
  const office = data.accounts.find((a) => a.username === 'township_admin_1');
  if (!cadre?.cadreId || !office) return;
  const base = {
    cadre: cadre.cadreId,
    divisionCode: cadre.divisionCode,
    issuerDivisionCode: office.divisionCode,
    issuedBy: office.username,
  };
  const cards = [
    {
      title: '入户宣讲秋冬季森林防火政策',
      content: '对联系户逐户宣讲秋冬季森林防火“十不准”，发放宣传单并签收。',
      due: 5,
    },
    {
      title: '核实危房改造申报户住房情况',
      content: '对本组申报危房改造的农户逐户核实住房现状，拍照并反馈核实意见。',
      due: -3,
    },
    {
      title: '排查独居老人冬季取暖安全',
      content: '排查网格内独居老人取暖设施用电用火安全，建立台账。',
      due: 2,
      report: '已排查独居老人 9 户，发现 1 户电暖器线路老化，已联系电工更换。',
    },
    {
      title: '督促完成城乡居民医保缴费',
      content: '督促联系户按时完成城乡居民医保缴费，对不会操作的老人上门代办。',
      due: -10,
      report: '联系户已全部完成缴费，其中代办 4 户。',
      accepted: true,
    },
  ];
  for (const c of cards) {
    const issuedAt = new Date(Date.now() - 12 * 86_400_000);
    em.create(SupervisionTask, {
      ...base,
      title: c.title,
      content: c.content,
      dueOn: dayOffset(c.due),
      issuedAt,
      status: c.accepted
        ? SupervisionStatus.ACCEPTED
        : c.report
          ? SupervisionStatus.REPORTED
          : SupervisionStatus.ISSUED,
      report: c.report ?? null,
      reportedAt: c.report ? new Date(Date.now() - 86_400_000 * (c.accepted ? 11 : 1)) : null,
      reportCount: c.report ? 1 : 0,
      decidedAt: c.accepted ? new Date(Date.now() - 10 * 86_400_000) : null,
      decidedBy: c.accepted ? office.username : null,
    });
  }
  await em.flush();
}
