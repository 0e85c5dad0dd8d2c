import { graphql, useFragment, type FragmentType } from '@/gql';
import { REAL_NAME_LEVEL_LABELS, USER_KIND_LABELS } from '@/lib/labels';
import { FieldGrid } from '@/components/layout/FieldGrid';

export const PersonalProfile_UserFragment = graphql(`
  fragment PersonalProfile_User on User {
    name
    kind
    maskedIdNumber
    maskedPhone
    realNameLevel
  }
`);

/** 个人信息: label and value pairs, two to a row on wide screens, one on phones (plain HTML, no script). */
export function PersonalProfile(props: { user: FragmentType<typeof PersonalProfile_UserFragment> }) {
  const user = useFragment(PersonalProfile_UserFragment, props.user);
  const fields = [
    ['姓名', user.name],
    ['用户类型', USER_KIND_LABELS[user.kind]],
    ['身份证号', user.maskedIdNumber ?? '未实名认证'],
    ['手机号', user.maskedPhone ?? '未绑定'],
    ['认证等级', REAL_NAME_LEVEL_LABELS[user.realNameLevel]],
  ] as const;
  return (
    <section aria-labelledby="personal-profile-title" className="section">
      <h2 id="personal-profile-title" className="section__title">
        个人信息
      </h2>
      <FieldGrid items={fields.map(([label, value]) => ({ key: label, label, children: value }))} />
    </section>
  );
}
