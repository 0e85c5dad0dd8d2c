import { MOBILE_NUMBER } from '@hall/labels';

/**
 * The account forms' own checks (注册, 找回密码, 修改手机号, 修改密码), before anything is sent: what the API
 * would refuse anyway, said at once in Chinese. The rules themselves stay the API's (the password rule) or
 * shared with it (MOBILE_NUMBER in @hall/labels).
 */
export type FieldErrorMap = Partial<Record<string, string>>;

/** What is wrong with a mobile number as typed (empty, or not a mainland mobile number); undefined if fine. */
export function phoneError(phone: string | undefined): string | undefined {
  const value = phone?.trim() ?? '';
  if (!value) return '请输入手机号';
  return MOBILE_NUMBER.pattern.test(value) ? undefined : MOBILE_NUMBER.message;
}

/** 手机号 and 短信验证码 (fields `phone` and `code`). */
export function phoneCodeErrors(values: Readonly<Record<string, string>>): FieldErrorMap {
  return {
    phone: phoneError(values.phone),
    code: values.code?.trim() ? undefined : '请输入短信验证码',
  };
}

/** A new password and its confirmation: both given, and the same. `label` is 密码 or 新密码. */
export function newPasswordErrors(
  values: Readonly<Record<string, string>>,
  fields: { name: string; confirmName: string; label: string },
): FieldErrorMap {
  const password = values[fields.name] ?? '';
  const confirm = values[fields.confirmName] ?? '';
  const { label } = fields;
  return {
    [fields.name]: password ? undefined : `请输入${label}`,
    [fields.confirmName]: !confirm
      ? `请再次输入${label}`
      : confirm === password
        ? undefined
        : `两次输入的${label}不一致`,
  };
}

/** Whether any check failed. */
export function hasErrors(errors: FieldErrorMap): boolean {
  return Object.values(errors).some(Boolean);
}
