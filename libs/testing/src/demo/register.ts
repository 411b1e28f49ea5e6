import { IdCardMaker, PhoneMaker } from './identity.js';
import { chineseNumber } from './names.js';
import type { DemoIds, DemoRandom } from './random.js';
import type {
  DemoHousehold,
  DemoHouseholdTag,
  DemoResident,
  DemoVillagerGroup,
  HouseholdTagKind,
  IncomeBand,
} from './types.js';

const DAY_MS = 86_400_000;

const ageOn = (birthDate: string, reference: Date): number => {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const before = reference.getUTCMonth() + 1 < m || (reference.getUTCMonth() + 1 === m && reference.getUTCDate() < d);
  return reference.getUTCFullYear() - y - (before ? 1 : 0);
};

function occupation(random: DemoRandom, age: number): string {
  if (age < 6) return '学龄前';
  if (age < 18) return '学生';
  if (age < 23)
    return random.weighted([
      ['学生', 5],
      ['外出务工', 4],
      ['务农', 1],
    ] as const);
  if (age < 60)
    return random.weighted([
      ['外出务工', 40],
      ['务农', 34],
      ['个体经营', 9],
      ['本地务工', 10],
      ['乡村教师', 2],
      ['村医', 1],
      ['居家', 4],
    ] as const);
  if (age < 75)
    return random.weighted([
      ['务农', 60],
      ['居家', 30],
      ['退休', 10],
    ] as const);
  return '居家';
}

const HEALTH_NOTES = [
  '肢体残疾（三级）',
  '慢性肾病，需定期透析',
  '脑梗后遗症，行动不便',
  '精神残疾（二级）',
  '视力残疾（一级）',
  '恶性肿瘤术后康复',
  '重度糖尿病并发症',
] as const;
const LIVING = [
  '砖混结构住房，已通自来水，生活稳定',
  '住房安全，饮水有保障，子女按月赡养',
  '土木结构老屋，已纳入危房改造',
  '新建住房，家电齐全，生活较好',
  '住房安全，冬季取暖靠柴火',
  '与子女同住，生活基本能自理',
] as const;
const DIFFICULTIES = [
  '缺少劳动力，农忙时需帮工',
  '老人患慢性病，医药费负担较重',
  '孩子上学路远，接送不便',
  '柑橘销路不稳定，价格偏低',
  '房屋漏雨需维修',
  '希望学习养殖技术',
  '灌溉水渠年久失修',
  '希望就近找到务工岗位',
  '入户道路雨天泥泞',
] as const;

function production(random: DemoRandom, residents: readonly DemoResident[]): string {
  const parts: string[] = [];
  if (random.chance(0.7)) parts.push(`种植水稻${random.int(1, 6)}亩`);
  if (random.chance(0.35))
    parts.push(`${random.pick(['柑橘', '油茶', '茶叶', '烤烟', '蔬菜'] as const)}${random.int(1, 10)}亩`);
  if (random.chance(0.3))
    parts.push(random.chance(0.5) ? `养殖生猪${random.int(2, 30)}头` : `养鸡鸭${random.int(10, 200)}只`);
  const away = residents.filter((r) => r.occupation === '外出务工').length;
  if (away) parts.push(`${away}人外出务工`);
  return parts.length ? parts.join('，') : '无主要生产经营';
}

function incomeBand(random: DemoRandom, poor: boolean, elderlyOnly: boolean): IncomeBand {
  if (poor) return 'BELOW_10K';
  if (elderlyOnly)
    return random.weighted([
      ['BELOW_10K', 45],
      ['FROM_10K_TO_30K', 45],
      ['FROM_30K_TO_60K', 10],
    ] as const);
  return random.weighted([
    ['BELOW_10K', 6],
    ['FROM_10K_TO_30K', 30],
    ['FROM_30K_TO_60K', 36],
    ['FROM_60K_TO_100K', 20],
    ['ABOVE_100K', 8],
  ] as const);
}

const TAG_NOTES: Partial<Record<HouseholdTagKind, readonly string[]>> = {
  DIBAO: ['农村低保一类', '农村低保二类'],
  WUBAO: ['分散供养特困人员'],
  SERIOUS_ILLNESS_DISABILITY: ['家庭成员重病', '家庭成员持残疾证'],
  MONITORED: ['因病致贫风险', '因灾返贫风险', '收入骤减风险'],
};

/** The special-group tags of one household, at rates a hill village sees. */
function tagsOf(random: DemoRandom, residents: readonly DemoResident[], ages: readonly number[]): HouseholdTagKind[] {
  const tags: HouseholdTagKind[] = [];
  const elderlyOnly = ages.every((a) => a >= 60);
  if (elderlyOnly && random.chance(0.85)) tags.push('EMPTY_NEST_ELDERLY');
  const wubao = residents.length === 1 && ages[0]! >= 60 && random.chance(0.25);
  if (wubao) tags.push('WUBAO');
  else if (random.chance(elderlyOnly ? 0.12 : 0.04)) tags.push('DIBAO');
  if (random.chance(0.035)) tags.push('SERIOUS_ILLNESS_DISABILITY');
  if (ages.some((a) => a < 16) && random.chance(0.3)) tags.push('LEFT_BEHIND_CHILD');
  if (!elderlyOnly && ages.some((a) => a >= 65) && random.chance(0.2)) tags.push('LEFT_BEHIND_ELDERLY');
  if (
    residents.some(
      (r, i) =>
        r.sex === 'FEMALE' && (r.relation === '配偶' || r.relation === '儿媳') && ages[i]! >= 20 && ages[i]! <= 55,
    ) &&
    random.chance(0.06)
  ) {
    tags.push('LEFT_BEHIND_WOMAN');
  }
  const lifted = random.chance(tags.includes('DIBAO') ? 0.4 : 0.08);
  if (lifted) tags.push('LIFTED_FROM_POVERTY');
  if (random.chance(lifted ? 0.12 : 0.015)) tags.push('MONITORED');
  return tags;
}

/**
 * The register details of 人员信息分布台账: 村民小组 (named after the address), GB 11643 ID
 * numbers consistent with each birth date and sex, mobiles for heads and some adults,
 * occupations, special-group tags, income band and the household's situation. Uses its own
 * random stream and id stream, so the rest of the demo data stays as it was.
 */
export function generateRegister(
  households: DemoHousehold[],
  groupNos: ReadonlyMap<string, number>,
  random: DemoRandom,
  ids: DemoIds,
  reference: Date,
  countyCode: string,
): DemoVillagerGroup[] {
  const groups: DemoVillagerGroup[] = [];
  const groupId = new Map<string, string>();
  for (const h of households) {
    const no = groupNos.get(h.id);
    if (no === undefined) continue;
    const key = `${h.villageCode}:${no}`;
    if (!groupId.has(key)) {
      const group = { id: ids.next(), villageCode: h.villageCode, name: `${chineseNumber(no)}组` };
      groups.push(group);
      groupId.set(key, group.id);
    }
    h.groupId = groupId.get(key)!;
  }

  const idCards = new IdCardMaker(random.fork('idCards'), countyCode);
  const phones = new PhoneMaker(random.fork('phones'));
  for (const h of households) {
    const ages = h.residents.map((r) => ageOn(r.birthDate, reference));
    h.residents.forEach((r, i) => {
      const age = ages[i]!;
      r.idCardNo = idCards.make(r.birthDate, r.sex, r.relation === '配偶' || r.relation === '儿媳');
      const wantsPhone =
        i === 0 ? random.chance(age >= 75 ? 0.7 : 0.96) : age >= 16 && age <= 70 && random.chance(0.55);
      r.phone = wantsPhone ? phones.make() : null;
      r.occupation = occupation(random, age);
      r.health = null;
    });
    const tagKinds = tagsOf(random, h.residents, ages);
    const tags: DemoHouseholdTag[] = tagKinds.map((tag) => {
      const notes = TAG_NOTES[tag];
      return {
        tag,
        note: notes ? random.pick(notes) : null,
        setOn: new Date(reference.getTime() - random.int(30, 900) * DAY_MS).toISOString().slice(0, 10),
      };
    });
    if (tagKinds.includes('SERIOUS_ILLNESS_DISABILITY')) random.pick(h.residents).health = random.pick(HEALTH_NOTES);
    const elderlyOnly = ages.every((a) => a >= 60);
    h.tags = tags;
    h.incomeBand = incomeBand(random, tagKinds.includes('DIBAO') || tagKinds.includes('WUBAO'), elderlyOnly);
    h.productionSituation = production(random, h.residents);
    h.livingSituation =
      h.residents.length === 1 ? (ages[0]! >= 60 ? '独居，生活基本能自理' : '独居，外出务工为主') : random.pick(LIVING);
    const serious = tagKinds.includes('SERIOUS_ILLNESS_DISABILITY');
    h.difficulties = serious
      ? '家庭成员患重病或残疾，医疗支出大'
      : random.chance(0.45)
        ? random.pick(DIFFICULTIES)
        : null;
  }
  return groups;
}
