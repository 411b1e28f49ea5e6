/**
 * 党支部星级动态竞争 (seed 001): each village's party branch is rated every quarter on five criteria (100 in all);
 * the stars follow the total, may rise by at most one star over the last quarter's rating (逐级晋星), may fall any
 * number, and a veto (一票否决: a serious breach of discipline, a major safety accident …) leaves one star.
 */
export interface StarCriterionDef {
  code: string;
  name: string;
  description: string;
  maxPoints: number;
}

export const STAR_CRITERIA: readonly StarCriterionDef[] = [
  { code: 'ORGANISATION', name: '组织建设', description: '三会一课、主题党日、班子团结', maxPoints: 25 },
  { code: 'MEMBERS', name: '党员管理', description: '党员积分、联户到位、发展党员', maxPoints: 20 },
  { code: 'GOVERNANCE', name: '治理成效', description: '网格运行、民情事项办结、说事会', maxPoints: 25 },
  { code: 'SERVICE', name: '服务群众', description: '五个到户、群众满意度', maxPoints: 20 },
  { code: 'ECONOMY', name: '集体经济', description: '村级集体经济发展', maxPoints: 10 },
];

/** Stars from the total alone: 90 five, 80 four, 70 three, 60 two, below one. */
export function starsOfTotal(total: number): number {
  if (total >= 90) return 5;
  if (total >= 80) return 4;
  if (total >= 70) return 3;
  if (total >= 60) return 2;
  return 1;
}

/** The stars awarded: the total's, at most one above the previous rating, one star under a veto. */
export function awardedStars(total: number, previous: number | null, veto: boolean): number {
  if (veto) return 1;
  const byTotal = starsOfTotal(total);
  return previous == null ? byTotal : Math.min(byTotal, previous + 1);
}
