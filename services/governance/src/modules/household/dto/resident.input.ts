import { Field, ID, InputType, Int } from 'type-graphql';
import { MaxLength } from '@xiangzhi/subgraph-kit';
import { RESIDENT_LIMITS as L } from '../resident-input.js';
import { Sex } from '../resident.entity.js';

@InputType('ResidentInput', { description: '家庭成员信息 / A person of the register' })
export class ResidentInput {
  @MaxLength(L.name)
  @Field(() => String, { description: '姓名' })
  name!: string;

  @MaxLength(L.relation)
  @Field(() => String, { nullable: true, description: '与户主关系，如 配偶、子、女、父母；户主可不填' })
  relation?: string | null;

  @Field(() => Sex, { nullable: true, description: '性别；填写身份证号时可不填（取自身份证号）' })
  sex?: Sex | null;

  @MaxLength(L.idCardNo)
  @Field(() => String, { nullable: true, description: '身份证号（18 位，按 GB 11643 校验，末位 x 按 X 处理）' })
  idCardNo?: string | null;

  @MaxLength(L.phone)
  @Field(() => String, { nullable: true, description: '联系电话（手机或带区号的座机）' })
  phone?: string | null;

  @MaxLength(L.birthDate)
  @Field(() => String, { nullable: true, description: '出生日期 YYYY-MM-DD；填写身份证号时可不填' })
  birthDate?: string | null;

  @MaxLength(L.occupation)
  @Field(() => String, { nullable: true, description: '职业' })
  occupation?: string | null;

  @MaxLength(L.health)
  @Field(() => String, { nullable: true, description: '健康状况（敏感信息，加密保存，不在列表中显示）' })
  health?: string | null;
}

@InputType('AddResidentInput', { description: '为农户添加家庭成员' })
export class AddResidentInput {
  @Field(() => ID, { description: '农户编号' })
  householdId!: string;

  @Field(() => ResidentInput, { description: '家庭成员信息' })
  resident!: ResidentInput;
}

@InputType('UpdateResidentInput', {
  description: '修改家庭成员：只改给出的字段；身份证号、电话、健康状况传 null 或空串表示清除',
})
export class UpdateResidentInput {
  @Field(() => ID, { description: '家庭成员编号' })
  id!: string;

  @Field(() => Int, { description: '读取时的版本号（乐观锁）' })
  version!: number;

  @MaxLength(L.name)
  @Field(() => String, { nullable: true, description: '姓名' })
  name?: string | null;

  @MaxLength(L.relation)
  @Field(() => String, { nullable: true, description: '与户主关系' })
  relation?: string | null;

  @Field(() => Sex, { nullable: true, description: '性别' })
  sex?: Sex | null;

  @MaxLength(L.idCardNo)
  @Field(() => String, { nullable: true, description: '身份证号' })
  idCardNo?: string | null;

  @MaxLength(L.phone)
  @Field(() => String, { nullable: true, description: '联系电话' })
  phone?: string | null;

  @MaxLength(L.birthDate)
  @Field(() => String, { nullable: true, description: '出生日期 YYYY-MM-DD' })
  birthDate?: string | null;

  @MaxLength(L.occupation)
  @Field(() => String, { nullable: true, description: '职业' })
  occupation?: string | null;

  @MaxLength(L.health)
  @Field(() => String, { nullable: true, description: '健康状况（敏感信息）' })
  health?: string | null;
}
