import Link from 'next/link';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { getHallName } from '@/lib/hall';
import { isApplicant, workbenchesOf } from '@/lib/roles';
import { getViewer } from '@/lib/viewer';
import { PageTitle } from '@/components/layout/PageTitle';

/** What a signed-in user can do from here: 个人空间 for applicants, the workbench for staff. */
async function SignedInHint() {
  const viewer = await getViewer().catch(() => null);
  const workbenches = viewer ? workbenchesOf(viewer.roles) : [];
  if (viewer && !isApplicant(viewer.roles) && workbenches.length > 0) {
    return (
      <p>
        您已登录。进入
        {workbenches.map((workbench, index) => (
          <span key={workbench.role}>
            {index > 0 && '、'}“<Link href={workbench.href}>{workbench.label}</Link>”
          </span>
        ))}
        办理业务。
      </p>
    );
  }
  return (
    <p>您已登录。点击页面右上角的个人姓名，进入“个人空间”，在“我的办件”中查看在办件、办结件等办件信息。</p>
  );
}

export default async function HomePage() {
  const session = await getServerSession(authOptions);
  return (
    <div className="panel">
      <PageTitle>欢迎使用{getHallName()}</PageTitle>
      {session ? (
        <SignedInHint />
      ) : (
        <>
          <p>
            登录后，在系统首页点击个人姓名，进入“个人空间”，即可在“我的办件”中查看网上申报、互联互通和窗口申报的办件。
          </p>
          <Link className="button button--primary" href="/login">
            登录
          </Link>
        </>
      )}
    </div>
  );
}
