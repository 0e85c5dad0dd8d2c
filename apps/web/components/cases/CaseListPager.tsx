import Link from 'next/link';
import { graphql, useFragment, type FragmentType } from '@/gql';

export const CaseListPager_ConnectionFragment = graphql(`
  fragment CaseListPager_Connection on CaseConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
`);

/** Under a case list: how many cases match, 上一页 (not on the first page) and 下一页 (while there are more). */
export function CaseListPager(props: {
  connection: FragmentType<typeof CaseListPager_ConnectionFragment>;
  previousHref: string | undefined;
  /** The URL of the page after the one ending at `endCursor`. */
  nextHref: (endCursor: string) => string;
}) {
  const { pageInfo, totalCount } = useFragment(CaseListPager_ConnectionFragment, props.connection);
  const next = pageInfo.hasNextPage && pageInfo.endCursor ? props.nextHref(pageInfo.endCursor) : undefined;
  return (
    <div className="case-list__pager">
      <span className="text-secondary">共 {totalCount} 件</span>
      {props.previousHref && (
        <Link className="button" href={props.previousHref}>
          上一页
        </Link>
      )}
      {next && (
        <Link className="button" href={next}>
          下一页
        </Link>
      )}
    </div>
  );
}
