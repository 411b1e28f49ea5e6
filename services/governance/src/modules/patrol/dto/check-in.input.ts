import { Field, ID, InputType } from 'type-graphql';
import { CaseDomain, CaseKind } from '../../case/index.js';
import { CheckInMethod } from '../patrol.enums.js';

@InputType('PatrolCheckInInput', {
  description: '巡查签到：扫码须带点位二维码内容，定位须带经纬度（在点位半径内）/ Check in at a patrol point',
})
export class PatrolCheckInInput {
  @Field(() => ID, { nullable: true, description: '点位；扫码签到可只填二维码内容' })
  pointId?: string | null;

  @Field(() => CheckInMethod, { description: '签到方式' })
  method!: CheckInMethod;

  @Field(() => String, { nullable: true, description: '扫到的点位二维码内容（扫码签到）' })
  qrCode?: string | null;

  @Field(() => Number, { nullable: true, description: '当前纬度（定位签到）' })
  lat?: number | null;

  @Field(() => Number, { nullable: true, description: '当前经度（定位签到）' })
  lng?: number | null;

  @Field(() => String, { nullable: true, description: '巡查情况（不超过 500 字）' })
  note?: string | null;

  @Field(() => Boolean, { description: '是否发现问题' })
  finding!: boolean;

  @Field(() => [ID], { nullable: true, description: '现场照片（先上传，再在此认领）' })
  attachmentIds?: string[] | null;
}

@InputType('PatrolFindingToCaseInput', { description: '巡查发现的问题转为民情事项 / Raise a case from a finding' })
export class PatrolFindingToCaseInput {
  @Field(() => ID, { description: '签到编号' })
  checkInId!: string;

  @Field(() => String, { description: '事项标题（不超过 60 字）' })
  title!: string;

  @Field(() => String, { nullable: true, description: '事项描述；缺省为巡查情况' })
  description?: string | null;

  @Field(() => CaseKind, { description: '事项类别' })
  kind!: CaseKind;

  @Field(() => CaseDomain, { description: '事项领域' })
  domain!: CaseDomain;
}
