import { chineseNumber, NameMaker } from './names.js';
import type { DemoIds, DemoRandom } from './random.js';
import type { VillageSpec } from './territory.js';
import type { DemoGrid, DemoHousehold, DemoResident, Sex } from './types.js';

/** Seed 004: a level-3 grid holds at most 100 households (a per-jurisdiction default). */
export const MAX_HOUSEHOLDS_PER_GRID = 100;
export const HOUSEHOLDS_PER_VILLAGE = { min: 250, max: 275 } as const;
export const GRIDS_PER_VILLAGE = { min: 3, max: 6 } as const;

const DAY_MS = 86_400_000;

/** A birth date `age` full years before the reference day (YYYY-MM-DD). */
function birthDate(random: DemoRandom, reference: Date, age: number): string {
  const anniversary = Date.UTC(reference.getUTCFullYear() - age, reference.getUTCMonth(), reference.getUTCDate());
  return new Date(anniversary - random.int(0, 364) * DAY_MS).toISOString().slice(0, 10);
}

/** Household sizes of a hill village: many elderly couples, three generations under one roof. */
const SIZES: ReadonlyArray<readonly [number, number]> = [
  [1, 8],
  [2, 22],
  [3, 22],
  [4, 24],
  [5, 15],
  [6, 9],
];
const HEAD_AGES: ReadonlyArray<readonly [[number, number], number]> = [
  [[28, 44], 14],
  [[45, 64], 46],
  [[65, 86], 40],
];

type Role = '配偶' | '子女' | '儿媳' | '孙子女' | '父母';

function familyPlan(random: DemoRandom, headAge: number, married: boolean): Role[] {
  const plan: Role[] = married ? ['配偶'] : [];
  if (headAge < 45) plan.push('子女', '子女', '父母', '子女', '父母');
  else if (headAge < 65)
    plan.push(
      '子女',
      ...(random.chance(0.5) ? (['儿媳', '孙子女'] as const) : (['子女'] as const)),
      '孙子女',
      '父母',
      '子女',
    );
  else plan.push('子女', '儿媳', '孙子女', '孙子女', '孙子女');
  return plan;
}

function makeFamily(random: DemoRandom, ids: DemoIds, names: NameMaker, reference: Date): DemoResident[] {
  const year = reference.getUTCFullYear();
  const size = random.weighted(SIZES);
  const [minAge, maxAge] = random.weighted(HEAD_AGES);
  const headAge = random.int(minAge, maxAge);
  const headSex: Sex = random.chance(0.86) ? 'MALE' : 'FEMALE';
  const headSurname = names.surname();
  // a woman heads the household mostly when widowed: her children carry their father's surname
  const childSurname = headSex === 'MALE' ? headSurname : names.otherSurname(headSurname);
  const person = (relation: string, surname: string, sex: Sex, age: number): DemoResident => ({
    id: ids.next(),
    name: names.full(surname, sex, year - age),
    relation,
    sex,
    birthDate: birthDate(random, reference, age),
  });

  const members = [person('户主', headSurname, headSex, headAge)];
  const plan = familyPlan(random, headAge, headSex === 'MALE' && size > 1 && random.chance(0.93));
  let son: { surname: string; age: number } | null = null;
  let parents = 0;
  for (const role of plan) {
    if (members.length >= size) break;
    if (role === '配偶') {
      members.push(person('配偶', names.otherSurname(headSurname), 'FEMALE', Math.max(20, headAge - random.int(0, 4))));
    } else if (role === '子女') {
      // an older head's first child is the son who stays (and whose wife and children live here)
      const adult = headAge >= 45;
      const age = adult ? Math.max(12, headAge - random.int(22, 32)) : random.int(0, Math.max(0, headAge - 23));
      const sex: Sex = adult && !son ? 'MALE' : random.chance(0.52) ? 'MALE' : 'FEMALE';
      members.push(person('子女', childSurname, sex, age));
      if (sex === 'MALE' && !son && age >= 22) son = { surname: childSurname, age };
    } else if (role === '儿媳') {
      if (son)
        members.push(
          person('儿媳', names.otherSurname(son.surname), 'FEMALE', Math.max(20, son.age - random.int(0, 3))),
        );
    } else if (role === '孙子女') {
      if (son)
        members.push(
          person(
            '孙子女',
            son.surname,
            random.chance(0.52) ? 'MALE' : 'FEMALE',
            random.int(0, Math.max(0, son.age - 22)),
          ),
        );
    } else {
      const age = Math.min(96, headAge + random.int(23, 30));
      // widowed mothers outnumber widowed fathers
      const father = parents === 0 && random.chance(0.4);
      members.push(
        person('父母', father ? headSurname : names.otherSurname(headSurname), father ? 'MALE' : 'FEMALE', age),
      );
      parents++;
    }
  }
  return members;
}

/** Splits `total` households over `count` grids, unevenly but never above the grid maximum. */
function gridSizes(random: DemoRandom, total: number, count: number): number[] {
  const sizes = Array.from({ length: count }, (_, i) => Math.floor(total / count) + (i < total % count ? 1 : 0));
  for (let k = 0; k < count * 3; k++) {
    const a = random.int(0, count - 1);
    const b = random.int(0, count - 1);
    const d = random.int(0, 6);
    if (a !== b && sizes[a]! - d >= 20 && sizes[b]! + d <= MAX_HOUSEHOLDS_PER_GRID) {
      sizes[a]! -= d;
      sizes[b]! += d;
    }
  }
  return sizes;
}

/**
 * One village's area grids (3–4 村民小组 each, seed 004), its households with residents, and each household's group number.
 */
export function generateVillage(
  village: VillageSpec,
  random: DemoRandom,
  ids: DemoIds,
  reference: Date,
): { grids: DemoGrid[]; households: DemoHousehold[]; groupNos: Map<string, number> } {
  const names = new NameMaker(random, village.clans);
  const total = random.int(HOUSEHOLDS_PER_VILLAGE.min, HOUSEHOLDS_PER_VILLAGE.max);
  const count = random.int(Math.max(GRIDS_PER_VILLAGE.min, Math.ceil(total / 95)), GRIDS_PER_VILLAGE.max);
  const sizes = gridSizes(random, total, count);
  const grids: DemoGrid[] = [];
  const households: DemoHousehold[] = [];
  const groupNos = new Map<string, number>();
  let group = 0;
  sizes.forEach((size, index) => {
    const groups = Array.from({ length: random.int(3, 4) }, () => ++group);
    const grid: DemoGrid = {
      id: ids.next(),
      villageCode: village.code,
      name: `第${chineseNumber(index + 1)}网格（${chineseNumber(groups[0]!)}至${chineseNumber(groups[groups.length - 1]!)}组）`,
      leaderCadreId: null,
    };
    grids.push(grid);
    const perGroup = groups.map(() => 0);
    for (let i = 0; i < size; i++) perGroup[i % groups.length]!++;
    groups.forEach((groupNo, g) => {
      for (let n = 1; n <= perGroup[g]!; n++) {
        const id = ids.next();
        const residents = makeFamily(random, ids, names, reference);
        households.push({
          id,
          villageCode: village.code,
          gridId: grid.id,
          address: `${village.townshipName}${village.name}${chineseNumber(groupNo)}组${n}号`,
          headName: residents[0]!.name,
          residents,
        });
        groupNos.set(id, groupNo);
      }
    });
  });
  return { grids, households, groupNos };
}
