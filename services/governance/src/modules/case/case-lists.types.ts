import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from '@xiangzhi/subgraph-kit';
import { Case } from './case.entity.js';

export enum CaseListReason {
  NEW = 'NEW',
  OVERDUE = 'OVERDUE',
  RETURNED = 'RETURNED',
  AT_TOWNSHIP = 'AT_TOWNSHIP',
  ESCALATED = 'ESCALATED',
  BOUNCED = 'BOUNCED',
}
registerEnumType(CaseListReason, {
  name: 'CaseListReason',
  description: '事项列入碰头会或例会的原因',
  valuesConfig: {
    NEW: { description: '上周以来新登记' },
    OVERDUE: { description: '已超期（红色预警或过了期限）' },
    RETURNED: { description: '上级退回' },
    AT_TOWNSHIP: { description: '在乡镇办理' },
    ESCALATED: { description: '已上报县级' },
    BOUNCED: { description: '多次上报或退回（推拖绕）' },
  },
});

export const CASE_LIST_REASON_LABELS: Record<CaseListReason, string> = {
  NEW: '新登记',
  OVERDUE: '超期',
  RETURNED: '退回',
  AT_TOWNSHIP: '乡镇办理',
  ESCALATED: '上报县级',
  BOUNCED: '多次流转',
};

@ObjectType('CaseListItem', { description: '会议清单中的一件事项' })
export class CaseListItem {
  @Field(() => Case, { description: '事项' })
  case!: Case;

  @Field(() => [CaseListReason], { description: '列入原因' })
  reasons!: CaseListReason[];
}

@ObjectType('CaseMeetingList', { description: '民情碰头会（村）或民情例会（乡镇）的待议事项清单' })
export class CaseMeetingList {
  @Field(() => String, { description: '标题，如“石门村民情碰头会待议事项”' })
  title!: string;

  @Field(() => String, { description: '村或乡镇的区划代码' })
  divisionCode!: string;

  @Field(() => String, { description: '村或乡镇名称' })
  divisionName!: string;

  @Field(() => Date, { description: '“新登记”从此时起算（默认 7 天前）' })
  since!: Date;

  @Field(() => Date, { description: '生成时间' })
  generatedAt!: Date;

  @Field(() => Int, { description: '事项总数（清单最多列 500 件）' })
  totalCount!: number;

  @Field(() => [CaseListItem], { description: '事项：超期的在前，其次登记早的在前' })
  items!: CaseListItem[];
}

@ArgsType()
export class VillageBriefingArgs {
  @Field(() => String, { description: '村区划代码（12 位）' })
  @MaxLength(12)
  villageCode!: string;

  @Field(() => Date, { nullable: true, description: '“新登记”的起算时间，默认 7 天前（上次碰头会）' })
  since?: Date | null;
}

@ArgsType()
export class TownshipReviewArgs {
  @Field(() => String, { description: '乡镇区划代码（9 位）' })
  @MaxLength(9)
  townshipCode!: string;
}
