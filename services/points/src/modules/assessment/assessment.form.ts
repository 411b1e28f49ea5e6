/**
 * 网格员（长）考核评议表 (seed 004): 走村入户、日常巡查、情况上报、问题解决 earn (考核奖励分); a disciplinary
 * sanction (受纪律处分) is the negative item (考核负面分). The seed's table itself is not in the text we have, so the
 * weights follow its four duties (100 in all) and the deduction is capped at 20; kept as data, in the form's order.
 */
export interface AssessmentItemDef {
  code: string;
  name: string;
  description: string;
  maxPoints: number;
  /** A deduction: its points are taken off the total. */
  deduction: boolean;
}

export const ASSESSMENT_ITEMS: readonly AssessmentItemDef[] = [
  {
    code: 'VISITS',
    name: '走村入户',
    description: '逐户走访、政策宣讲、民意收集、屋场座谈',
    maxPoints: 30,
    deduction: false,
  },
  {
    code: 'PATROL',
    name: '日常巡查',
    description: '防火防汛、基础设施检视、重点人员看护、突发情况发现',
    maxPoints: 25,
    deduction: false,
  },
  {
    code: 'REPORTING',
    name: '情况上报',
    description: '群众诉求及时登记、上报，线索上传',
    maxPoints: 20,
    deduction: false,
  },
  {
    code: 'RESOLUTION',
    name: '问题解决',
    description: '矛盾纠纷化解（每月 1–2 件）、问题销号、回访满意度',
    maxPoints: 25,
    deduction: false,
  },
  { code: 'DISCIPLINE', name: '纪律处分', description: '受党纪政纪处分等（负面分）', maxPoints: 20, deduction: true },
];

export enum AssessmentGrade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  PASS = 'PASS',
  FAIL = 'FAIL',
}

export const GRADE_LABELS: Record<AssessmentGrade, string> = {
  EXCELLENT: '优秀',
  GOOD: '良好',
  PASS: '合格',
  FAIL: '不合格',
};

/** 考核等次 from the total: 90 and above 优秀, 75 良好, 60 合格, below 不合格. */
export function gradeOf(total: number): AssessmentGrade {
  if (total >= 90) return AssessmentGrade.EXCELLENT;
  if (total >= 75) return AssessmentGrade.GOOD;
  if (total >= 60) return AssessmentGrade.PASS;
  return AssessmentGrade.FAIL;
}
