import Link from 'next/link';

/** 办理 of a service item: 在线申报 where its online form is built, 窗口办理 otherwise (applied for in person). */
export function ApplyAction(props: {
  item: { id: string; onlineApplicable: boolean; applicationForm?: string | null };
}) {
  const { item } = props;
  return item.onlineApplicable && item.applicationForm ? (
    <Link
      className="button button--primary button--small"
      href={`/personal/apply/${encodeURIComponent(item.id)}`}
    >
      在线申报
    </Link>
  ) : (
    <span className="text-secondary">窗口办理</span>
  );
}
