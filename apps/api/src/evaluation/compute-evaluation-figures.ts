/** One row of the national figures (overall when departmentId is null). */
export interface FigureRowModel {
  departmentId: string | null;
  total: number;
  active: number;
  defaults: number;
  verySatisfied: number;
  satisfied: number;
  basic: number;
  dissatisfied: number;
  veryDissatisfied: number;
  goodRate: number | null;
  badRate: number | null;
  bad: number;
  replied: number;
  repliedOnTime: number;
  replyRate: number | null;
  onTimeReplyRate: number | null;
  overdue: number;
  excludedByAppeal: number;
}
