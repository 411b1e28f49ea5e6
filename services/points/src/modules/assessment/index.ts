export { AssessmentItem, AssessmentScore, GridAssessment } from './assessment.entity.js';
export { ASSESSMENT_ITEMS, AssessmentGrade, GRADE_LABELS, gradeOf } from './assessment.form.js';
export { AssessmentResolver } from './assessment.resolver.js';
export { RankingBoard, BoardFile } from './board.js';
export { scoreItems } from './assessment.service.js';
