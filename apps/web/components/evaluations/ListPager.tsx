import Button from 'antd/es/button';
import { Text } from '@/components/typography';

/** Under a list: how many rows match, 上一页 (not on the first page) and 下一页 (while there are more). */
export function ListPager(props: {
  totalCount: number;
  unit: string;
  previousHref: string | undefined;
  nextHref: string | undefined;
}) {
  return (
    <div className="case-list__pager">
      <Text type="secondary">
        共 {props.totalCount} {props.unit}
      </Text>
      {props.previousHref && <Button href={props.previousHref}>上一页</Button>}
      {props.nextHref && <Button href={props.nextHref}>下一页</Button>}
    </div>
  );
}
