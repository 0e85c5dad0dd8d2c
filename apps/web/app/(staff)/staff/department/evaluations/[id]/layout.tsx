// Ant Design for components/evaluations/EvaluationView (the review itself, shared with the applicant's
// 评价详情) until that view is plain HTML too; the rest of 差评处理 ships none (README, "Speed").
export { default } from '@/components/ProvidersLayout';
