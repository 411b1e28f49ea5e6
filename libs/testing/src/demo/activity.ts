import type { CadreSet } from './cadres.js';
import type { DemoIds, DemoRandom } from './random.js';
import type { VillageSpec } from './territory.js';
import type { DemoCadre, DemoHousehold, DemoMeeting, DemoPairing, DemoPointEntry } from './types.js';

const DAY_MS = 86_400_000;
/** Beijing time is UTC+8: 09:00 local is 01:00Z. */
const at = (dayMs: number, localHour: number, minute = 0): string =>
  new Date(dayMs + (localHour - 8) * 3_600_000 + minute * 60_000).toISOString();
const md = (ms: number): string => `${new Date(ms).getUTCMonth() + 1}月${new Date(ms).getUTCDate()}日`;

type Track = 'VILLAGE' | 'MAJOR_PUBLIC' | 'HIGHER_LEVEL';
const TRACK_LABEL: Record<Track, string> = {
  VILLAGE: '村级自办事项',
  MAJOR_PUBLIC: '公共重大事项，按“四议两公开”程序办理',
  HIGHER_LEVEL: '上级协调办理事项，报镇（乡）党委',
};

/** Matters villagers raise at a forum (说事), by the five domains of seed 003. */
const TOPICS: ReadonlyArray<readonly [string, Track]> = [
  ['通组公路路面破损，雨天出行不便，希望尽快修补', 'MAJOR_PUBLIC'],
  ['村部至组上路段路灯损坏3盏，夜间出行不安全', 'VILLAGE'],
  ['油茶基地秋季采摘缺少劳力，希望村里帮助联系务工人员', 'VILLAGE'],
  ['柑橘销路不畅，请求帮助对接电商平台和收购商', 'HIGHER_LEVEL'],
  ['家中老人长期患病，申请低保复核', 'VILLAGE'],
  ['城乡居民医保缴费操作不熟悉，请求帮办代办', 'VILLAGE'],
  ['饮水管道老化，夏季高峰时段供水不足', 'MAJOR_PUBLIC'],
  ['两户村民因宅基地边界发生纠纷，请求调解', 'VILLAGE'],
  ['垃圾收集点清运不及时，影响周边环境卫生', 'VILLAGE'],
  ['山塘年久失修，请求清淤加固保障灌溉', 'MAJOR_PUBLIC'],
  ['暑期留守儿童无人看护，建议开设假期课堂', 'VILLAGE'],
  ['建议在村部设立便民服务代办点', 'VILLAGE'],
  ['河道非法采砂影响农田，请求上级部门执法', 'HIGHER_LEVEL'],
  ['个别村干部办事拖拉、回复不及时', 'VILLAGE'],
  ['危房改造补助申请进度不清楚，希望尽快答复', 'HIGHER_LEVEL'],
  ['希望开展水稻病虫害防治技术培训', 'HIGHER_LEVEL'],
  ['村集体经济合作社分红方案希望公开', 'MAJOR_PUBLIC'],
  ['空巢老人冬季取暖困难，希望上门关心', 'VILLAGE'],
];

const WEEKLY_FOCUS = [
  '防汛值守和地质灾害点巡查',
  '秋收期间防火巡查',
  '低保户、五保户走访慰问',
  '医保缴费动员',
  '人居环境整治',
  '矛盾纠纷排查化解',
  '留守儿童和空巢老人关爱',
  '产业项目申报',
];

interface VillageCast {
  secretary: DemoCadre;
  deputy: DemoCadre;
  workTeam: DemoCadre | undefined;
  liaison: DemoCadre[];
}

function cast(village: VillageSpec, { cadres, liaisonVillage }: CadreSet): VillageCast {
  const local = cadres.filter((c) => c.divisionCode === village.code);
  const byPost = (prefix: string): DemoCadre | undefined => local.find((c) => c.post.startsWith(prefix));
  return {
    secretary: byPost('村党支部书记') ?? local[0]!,
    deputy: byPost('村委会副主任') ?? local[0]!,
    workTeam: byPost('驻村第一书记'),
    liaison: cadres.filter((c) => liaisonVillage.get(c.id) === village.code && c.post.includes('包村')),
  };
}

const label = (c: DemoCadre): string => `${c.name}（${c.post.split('、')[0]}）`;
/** 三组 from 青山镇石门村三组12号 */
const groupOf = (h: DemoHousehold): string => /村(.+?组)/.exec(h.address)?.[1] ?? '';

export function generateMeetings(
  villages: readonly VillageSpec[],
  cadreSet: CadreSet,
  households: readonly DemoHousehold[],
  random: DemoRandom,
  ids: DemoIds,
  reference: Date,
): DemoMeeting[] {
  const meetings: DemoMeeting[] = [];
  const refDay = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const windowStart = refDay - 182 * DAY_MS;
  for (const village of villages) {
    const people = cast(village, cadreSet);
    const villagers = households.filter((h) => h.villageCode === village.code);
    const add = (m: Omit<DemoMeeting, 'id' | 'villageCode'>): void => {
      meetings.push({ id: ids.next(), villageCode: village.code, ...m });
    };
    let lastMonthItems = 0;
    for (let back = 5; back >= 0; back--) {
      const day = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() - back, village.forumDay);
      if (day > refDay) continue;
      const month = new Date(day).getUTCMonth() + 1;
      const items = random.sample(TOPICS, random.int(2, 4));
      const observers =
        [...people.liaison, ...(people.workTeam ? [people.workTeam] : [])].map(label).join('、') || '无';
      const report =
        lastMonthItems === 0
          ? '本月为本轮首次说事会。'
          : `上月登记说事事项${lastMonthItems}件，已办结${Math.max(0, lastMonthItems - 1)}件，正在办理${Math.min(1, lastMonthItems)}件。`;
      const raised = items.map(([text, track], i) => {
        const who = random.pick(villagers);
        return `${i + 1}. ${groupOf(who)}村民${who.headName}反映：${text}。（${TRACK_LABEL[track]}）`;
      });
      add({
        kind: 'VILLAGERS_FORUM',
        date: at(day, 9),
        title: `${village.name}${new Date(day).getUTCFullYear()}年${month}月“主题党日+党群说事会”`,
        chairCadreId: people.secretary.id,
        minutes: [
          `时间：${new Date(day).getUTCFullYear()}年${md(day)}上午9:00`,
          `地点：${village.name}党群服务中心`,
          `主持：${label(people.secretary)}`,
          `列席：${observers}`,
          `参加：村“两委”成员、党员代表、群众代表共${random.int(28, 56)}人`,
          `一、通报上月说事事项办结情况：${report}`,
          '二、群众说事：',
          ...raised,
          '三、议定事项：村级自办事项3日内由村“两委”会议研究，明确专人限期办理；公共重大事项按“四议两公开”程序办理；上级协调办理事项报镇（乡）党委。',
        ].join('\n'),
      });
      lastMonthItems = items.length;
      if (random.chance(0.8)) {
        const committeeDay = day + random.int(1, 3) * DAY_MS;
        if (committeeDay <= refDay) {
          add({
            kind: 'COMMITTEE',
            date: at(committeeDay, 15),
            title: `${village.name}两委会议（研究${month}月说事会事项）`,
            chairCadreId: people.secretary.id,
            minutes: items
              .map(
                ([text, track], i) =>
                  `${i + 1}. ${text}：${track === 'VILLAGE' ? `由${people.deputy.name}牵头，${random.int(5, 15)}日内办结并向群众反馈` : track === 'MAJOR_PUBLIC' ? '形成初步方案，提交党员大会审议' : '整理材料，报镇（乡）党委协调'}。`,
              )
              .join('\n'),
          });
        }
      }
      const major = items.find(([, track]) => track === 'MAJOR_PUBLIC');
      const assemblyDay = day + random.int(6, 9) * DAY_MS;
      if (major && assemblyDay <= refDay && random.chance(0.6)) {
        add({
          kind: 'PARTY_ASSEMBLY',
          date: at(assemblyDay, 14, 30),
          title: `${village.name}党员大会（审议：${major[0].split('，')[0]}）`,
          chairCadreId: people.secretary.id,
          minutes: `审议村“两委”会议商议形成的方案。应到党员${random.int(30, 45)}人，实到${random.int(24, 29)}人，同意${random.int(22, 24)}票，反对0票，弃权${random.int(0, 2)}票，方案通过，提交村民代表会议决议。`,
        });
      }
    }
    // 民情碰头会: every Monday morning (seed 000: 每周召开1次)
    const firstMonday = windowStart + ((8 - new Date(windowStart).getUTCDay()) % 7) * DAY_MS;
    for (let day = firstMonday; day <= refDay; day += 7 * DAY_MS) {
      const visited = random.int(18, 60);
      const found = random.int(1, 6);
      add({
        kind: 'WEEKLY_BRIEFING',
        date: at(day, 8, 30),
        title: `${village.name}民情碰头会（${md(day)}）`,
        chairCadreId: random.chance(0.8) ? people.secretary.id : people.deputy.id,
        minutes: `联户党员汇报本周走访情况：走访农户${visited}户，收集问题${found}件，当场解决${random.int(0, found)}件，其余列入民情台账。下周重点：${random.pick(WEEKLY_FOCUS)}。`,
      });
    }
  }
  return meetings;
}

/** What earns points (seed 004: 走村入户、日常巡查、情况上报、问题解决): [reason, min, max, weight]. */
const REASONS: ReadonlyArray<readonly [string, number, number, number]> = [
  ['走访农户', 1, 3, 30],
  ['参加党群说事会', 2, 2, 12],
  ['化解矛盾纠纷', 5, 8, 8],
  ['政策宣讲到户', 2, 3, 10],
  ['帮办代办民生事项', 3, 5, 10],
  ['日常巡查上报问题', 2, 4, 10],
  ['办理群众点单', 3, 6, 8],
  ['产业对接帮扶', 4, 8, 6],
  ['防汛值守', 3, 5, 6],
];
const DISPUTES = ['宅基地边界', '山林权属', '邻里用水', '婚姻家庭', '土地流转租金'];

export function generatePointEntries(
  cadres: readonly DemoCadre[],
  pairings: readonly DemoPairing[],
  households: readonly DemoHousehold[],
  random: DemoRandom,
  ids: DemoIds,
  reference: Date,
): DemoPointEntry[] {
  const headOf = new Map(households.map((h) => [h.id, h.headName]));
  const paired = new Map<string, string[]>();
  for (const p of pairings) {
    const heads = paired.get(p.cadreId) ?? [];
    heads.push(headOf.get(p.householdId) ?? '');
    paired.set(p.cadreId, heads);
  }
  const refDay = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const entries: DemoPointEntry[] = [];
  for (const cadre of cadres) {
    const drafts = Array.from({ length: random.int(4, 9) }, () => {
      const [reason, min, max] = random.weighted(REASONS.map((r) => [r, r[3]] as const));
      const heads = paired.get(cadre.id) ?? [];
      const detail =
        reason === '走访农户' && heads.length > 0
          ? `（${random.pick(heads)}户，记民情日记）`
          : reason === '化解矛盾纠纷'
            ? `（${random.pick(DISPUTES)}纠纷）`
            : '';
      const occurredAt = at(refDay - random.int(0, 181) * DAY_MS, random.int(8, 17), random.pick([0, 15, 30, 45]));
      return { reason: reason + detail, points: random.int(min, max), occurredAt };
    });
    // the ledger is append-only: entries come in time order
    drafts.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
    for (const d of drafts) entries.push({ id: ids.next(), cadreId: cadre.id, divisionCode: cadre.divisionCode, ...d });
  }
  return entries;
}
