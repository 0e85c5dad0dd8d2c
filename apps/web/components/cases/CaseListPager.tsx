import Button from 'antd/es/button';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { Text } from '@/components/typography';

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
      <Text type="secondary">共 {totalCount} 件</Text>
      {props.previousHref && <Button href={props.previousHref}>上一页</Button>}
      {next && <Button href={next}>下一页</Button>}
    </div>
  );
}
