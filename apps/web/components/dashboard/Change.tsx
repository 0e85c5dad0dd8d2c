import { formatRate } from '@/lib/format';

/** The change from the previous period: ↑/↓ with the difference (percentage points for rates), 持平 or —. */
export function Change(props: {
  now: number | null;
  before: number | null;
  rate?: boolean;
  /** true when a rise is bad news (差评率, 超期回复) */
  worse?: boolean;
}) {
  const { now, before } = props;
  if (now === null || before === null) return <span className="dashboard-change">上期 —</span>;
  const diff = now - before;
  if (Math.abs(diff) < 1e-9) return <span className="dashboard-change">较上期持平</span>;
  const text = props.rate ? `${(Math.abs(diff) * 100).toFixed(1)} 个百分点` : String(Math.abs(diff));
  const bad = props.worse ? diff > 0 : diff < 0;
  return (
    <span
      className={bad ? 'dashboard-change dashboard-change--bad' : 'dashboard-change dashboard-change--good'}
    >
      较上期{diff > 0 ? '上升' : '下降'} {text}
      <span className="visually-hidden">（上期 {props.rate ? formatRate(before) : before}）</span>
    </span>
  );
}
