import Link from 'next/link';
import { ResultMessage } from '@/components/layout/ResultMessage';

/** The 404 of a case detail page: why the case may not show, and the way back to the list it came from. */
export function CaseNotFound(props: { reason: string; backHref: string; backLabel: string }) {
  return (
    <ResultMessage
      mark="404"
      title="未找到该办件"
      subTitle={props.reason}
      extra={<Link href={props.backHref}>{props.backLabel}</Link>}
    />
  );
}
