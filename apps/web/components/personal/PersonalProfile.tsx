import Descriptions from 'antd/es/descriptions';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { REAL_NAME_LEVEL_LABELS, USER_KIND_LABELS } from '@/lib/labels';

export const PersonalProfile_UserFragment = graphql(`
  fragment PersonalProfile_User on User {
    name
    kind
    maskedIdNumber
    maskedPhone
    realNameLevel
  }
`);

export function PersonalProfile(props: { user: FragmentType<typeof PersonalProfile_UserFragment> }) {
  const user = useFragment(PersonalProfile_UserFragment, props.user);
  return (
    <Descriptions
      title="个人信息"
      bordered
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'name', label: '姓名', children: user.name },
        { key: 'kind', label: '用户类型', children: USER_KIND_LABELS[user.kind] },
        { key: 'id', label: '身份证号', children: user.maskedIdNumber },
        { key: 'phone', label: '手机号', children: user.maskedPhone ?? '未绑定' },
        { key: 'level', label: '认证等级', children: REAL_NAME_LEVEL_LABELS[user.realNameLevel] },
      ]}
    />
  );
}
