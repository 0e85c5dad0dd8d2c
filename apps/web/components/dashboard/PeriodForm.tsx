import Form from 'next/form';
import { PERIOD_KINDS, PERIOD_LABELS, type DashboardView } from '@/lib/dashboard-params';

/** 统计期间: day, week, month or a custom range (CST days); a plain GET form, so it works without JavaScript. */
export function PeriodForm({
  view,
  action = '/dashboard',
  keep = {},
}: {
  view: DashboardView;
  action?: string;
  /** further address parameters the list keeps when the period changes (办件明细's figure, source, status) */
  keep?: Record<string, string | null>;
}) {
  return (
    <Form action={action} className="case-list__filters dashboard-period" aria-label="统计期间">
      <label className="dashboard-period__field">
        <span>期间</span>
        <select className="filter-input" name="kind" defaultValue={view.kind}>
          {PERIOD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {PERIOD_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="dashboard-period__field">
        <span>日期（自定义时为起）</span>
        <input className="filter-input" type="date" name="day" defaultValue={view.day} required />
      </label>
      <label className="dashboard-period__field">
        <span>止（仅自定义）</span>
        <input className="filter-input" type="date" name="to" defaultValue={view.to ?? undefined} />
      </label>
      {view.department && <input type="hidden" name="department" value={view.department} />}
      {view.item && <input type="hidden" name="item" value={view.item} />}
      {view.filter !== 'ALL' && <input type="hidden" name="filter" value={view.filter} />}
      {Object.entries(keep).map(
        ([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />,
      )}
      <button type="submit" className="button button--primary">
        统计
      </button>
    </Form>
  );
}
