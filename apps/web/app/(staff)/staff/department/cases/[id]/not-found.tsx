import Link from 'next/link';
import { Result } from 'antd';

export default function DepartmentCaseNotFound() {
  return (
    <Result
      status="404"
      title="未找到该办件"
      subTitle="该办件不存在，或不属于本部门。"
      extra={<Link href="/staff/department">返回部门办件</Link>}
    />
  );
}
