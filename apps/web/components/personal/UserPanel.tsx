import Link from 'next/link';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { REAL_NAME_LEVEL_LABELS } from '@/lib/labels';

export const UserPanel_UserFragment = graphql(`
  fragment UserPanel_User on User {
    name
    realNameLevel
  }
`);

/** The user panel atop the 个人空间 sidebar: name, then 认证等级 | 实名认证. */
export function UserPanel(props: { user: FragmentType<typeof UserPanel_UserFragment> }) {
  const user = useFragment(UserPanel_UserFragment, props.user);
  return (
    <div className="personal__user" data-testid="user-panel">
      <div className="personal__user-name">
        <Link href="/personal">{user.name}</Link>
      </div>
      <div className="personal__user-level">认证等级 | {REAL_NAME_LEVEL_LABELS[user.realNameLevel]}</div>
    </div>
  );
}
