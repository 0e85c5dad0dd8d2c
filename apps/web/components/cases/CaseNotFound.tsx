import Link from 'next/link';
import Result from 'antd/es/result';

/** The 404 of a case detail page: why the case may not show, and the way back to the list it came from. */
export function CaseNotFound(props: { reason: string; backHref: string; backLabel: string }) {
  return (
    <Result
      status="404"
      title={<h1 className="result-title">未找到该办件</h1>}
      subTitle={props.reason}
      extra={<Link href={props.backHref}>{props.backLabel}</Link>}
    />
  );
}
