import Link from 'next/link';

/** Under a list: how many rows match, 上一页 (not on the first page) and 下一页 (while there are more). */
export function ListPager(props: {
  totalCount: number;
  unit: string;
  previousHref: string | undefined;
  nextHref: string | undefined;
}) {
  return (
    <div className="case-list__pager">
      <span className="text-secondary">
        共 {props.totalCount} {props.unit}
      </span>
      {props.previousHref && (
        <Link className="button" href={props.previousHref}>
          上一页
        </Link>
      )}
      {props.nextHref && (
        <Link className="button" href={props.nextHref}>
          下一页
        </Link>
      )}
    </div>
  );
}
