import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '@xiangzhi/subgraph-kit';

@InputType('PairHouseholdInput', { description: '党员干部与农户结对 / Pair a cadre with a household' })
export class PairHouseholdInput {
  @Field(() => ID, { description: '党员干部编号' })
  cadreId!: string;

  @Field(() => ID, { description: '农户编号' })
  householdId!: string;

  @Field(() => String, { nullable: true, description: '结对日期（YYYY-MM-DD），缺省为今天' })
  startedOn?: string | null;
}

@InputType('EndPairingInput', { description: '解除结对（保留历史）/ End a pairing, keeping its history' })
export class EndPairingInput {
  @Field(() => ID, { description: '结对编号' })
  id!: string;

  @Field(() => String, { description: '解除日期（YYYY-MM-DD），不早于结对日期' })
  endedOn!: string;

  @Field(() => String, { description: '解除原因，如 党员外出务工、农户迁出' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: '读取时的版本号（乐观锁，可选）' })
  version?: number | null;
}

@ArgsType()
export class PairingsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '只看该农户的结对（含历史）' })
  householdId?: string | null;

  @Field(() => ID, { nullable: true, description: '只看该党员干部的结对' })
  cadreId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: '是否包括已解除的结对（历史）' })
  includeEnded: boolean = false;
}

@ArgsType()
export class RegionPageArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码（县、乡镇或村）；缺省为本人管辖范围' })
  regionCode?: string | null;
}

@InputType('SwapPairingInput', { description: '换人：解除与一名党员干部的结对，同时与另一名结对 / Swap the cadre' })
export class SwapPairingInput {
  @Field(() => ID, { description: '农户编号' })
  householdId!: string;

  @Field(() => ID, { description: '原联户党员干部编号' })
  fromCadreId!: string;

  @Field(() => ID, { description: '新联户党员干部编号' })
  toCadreId!: string;

  @Field(() => String, { description: '换人原因，如 党员外出务工' })
  reason!: string;
}
