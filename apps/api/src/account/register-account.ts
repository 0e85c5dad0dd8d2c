import type { Context } from '../context.ts';
import type { User } from '../generated/prisma/client.ts';
import { refused, userError, type UserError } from '../lib/errors.ts';
import { encryptPii, maskPhone, piiLookupHash } from '../lib/pii.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { hashPassword } from '../auth/password.ts';
import { passwordProblem } from '../auth/password-rule.ts';
import { CONSENT_DOCUMENTS, CURRENT_CONSENTS } from './consent-documents.ts';
import { MOBILE_MESSAGE, MOBILE_SHAPE } from './phone-code.ts';
import { redeemPhoneCode, type RedeemOutcome } from './redeem-phone-code.ts';

export interface RegisterAccountInput {
  phone: string;
  code: string;
  name: string;
  password: string;
  /** the versions of 用户服务协议 and 个人信息处理规则 the user was shown and agreed to */
  termsVersion: string;
  privacyNoticeVersion: string;
}

const MAX_NAME = 50;

/**
 * 注册: a new citizen account (自然人, 未认证) for a mobile number confirmed by its code, with a password under
 * the rule and the agreement to the current terms and personal-information notice, recorded with version and
 * time. Every refusal changes nothing: the input is checked before the code, and the code is consumed in the
 * transaction that creates the account (a taken number rolls it back).
 */
export async function registerAccount(
  ctx: Context,
  input: RegisterAccountInput,
): Promise<RedeemOutcome<Pick<User, 'id' | 'name'>>> {
  const phone = input.phone.trim();
  const name = input.name.trim();
  const phoneHash = piiLookupHash(phone);
  const problems: UserError[] = [];
  if (!MOBILE_SHAPE.test(phone)) problems.push(userError('INVALID', MOBILE_MESSAGE, ['input', 'phone']));
  if (!name) problems.push(userError('REQUIRED', '请输入姓名', ['input', 'name']));
  else if (name.length > MAX_NAME) {
    problems.push(userError('INVALID', `姓名最多 ${MAX_NAME} 个字`, ['input', 'name']));
  }
  const weak = passwordProblem(input.password, { idNumberHash: null, phoneHash }, ['input', 'password']);
  if (weak) problems.push(weak);
  if (input.termsVersion !== CONSENT_DOCUMENTS.TERMS.version) {
    problems.push(userError('INVALID', '请阅读并同意最新的《用户服务协议》', ['input', 'termsVersion']));
  }
  if (input.privacyNoticeVersion !== CONSENT_DOCUMENTS.PRIVACY_NOTICE.version) {
    problems.push(
      userError('INVALID', '请阅读并同意最新的《个人信息处理规则》', ['input', 'privacyNoticeVersion']),
    );
  }
  if (problems.length) return { result: refused(...problems), lockedUntil: null };

  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  return redeemPhoneCode(
    ctx,
    { purpose: 'REGISTER', phoneHash, code: input.code, field: ['input', 'code'] },
    async (tx, refuse) => {
      let user: Pick<User, 'id' | 'name'>;
      try {
        // A number registered since the code was sent: the refusal rolls the code back to unused.
        user = await tx.user.create({
          data: {
            name,
            phoneCipher: encryptPii(phone),
            phoneHash,
            phoneMasked: maskPhone(phone),
            passwordHash,
            roles: ['CITIZEN'],
          },
          select: { id: true, name: true },
        });
      } catch (error) {
        if (isUniqueViolation(error))
          refuse(userError('TAKEN', '该手机号已注册，请直接登录或找回密码', ['input', 'phone']));
        throw error;
      }
      await tx.consent.createMany({
        data: CURRENT_CONSENTS.map(({ document, version }) => ({
          userId: user.id,
          document,
          version,
          acceptedAt: now,
          ip: ctx.ip,
        })),
      });
      await writeAuditLog(tx, ctx, {
        action: 'user.register',
        subjectType: 'User',
        subjectId: user.id,
        details: { phone: maskPhone(phone) },
      });
      return user;
    },
  );
}
