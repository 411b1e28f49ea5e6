import { Field, ID, InputType, Int } from 'type-graphql';
import { MaxLength } from '@xiangzhi/subgraph-kit';
import { ADDRESS_MAX, SITUATION_MAX } from '../resident-input.js';
import { IncomeBand } from '../household.entity.js';
import { ResidentInput } from './resident.input.js';

/** The income band and situation fields, alike on a new household and a change to one (not emitted by itself). */
@InputType('HouseholdSituationFields')
class HouseholdSituationFields {
  @Field(() => IncomeBand, { nullable: true, description: '家庭年收入档次' })
  incomeBand?: IncomeBand | null;

  @MaxLength(SITUATION_MAX)
  @Field(() => String, { nullable: true, description: '生产情况' })
  productionSituation?: string | null;

  @MaxLength(SITUATION_MAX)
  @Field(() => String, { nullable: true, description: '生活情况' })
  livingSituation?: string | null;

  @MaxLength(SITUATION_MAX)
  @Field(() => String, { nullable: true, description: '困难与诉求' })
  difficulties?: string | null;
}

@InputType('CreateHouseholdInput', { description: '新建农户（连同户主）' })
export class CreateHouseholdInput extends HouseholdSituationFields {
  @Field(() => String, { description: '所属村区划代码（12 位）' })
  villageCode!: string;

  @Field(() => ID, { nullable: true, description: '所属三级网格编号' })
  gridId?: string | null;

  @Field(() => ID, { nullable: true, description: '所属村民小组编号' })
  groupId?: string | null;

  @MaxLength(ADDRESS_MAX)
  @Field(() => String, { description: '住址' })
  address!: string;

  @Field(() => ResidentInput, { description: '户主' })
  head!: ResidentInput;
}

@InputType('UpdateHouseholdInput', { description: '修改农户：只改给出的字段，传 null 表示清除' })
export class UpdateHouseholdInput extends HouseholdSituationFields {
  @Field(() => ID, { description: '农户编号' })
  id!: string;

  @Field(() => Int, { description: '读取时的版本号（乐观锁）' })
  version!: number;

  @MaxLength(ADDRESS_MAX)
  @Field(() => String, { nullable: true, description: '住址（不能清除）' })
  address?: string | null;

  @Field(() => ID, { nullable: true, description: '所属村民小组编号' })
  groupId?: string | null;
}
