import type { ConsentDocument } from '../generated/prisma/client.ts';

export interface ConsentText {
  document: ConsentDocument;
  version: string;
  title: string;
  /** paragraphs */
  body: string[];
}

/**
 * The documents a new user agrees to, in their current versions (README "Registration and 认证等级"). A new
 * version is a new entry here; what each user agreed to stays in `consents` with its version and time.
 */
export const CONSENT_DOCUMENTS: Record<ConsentDocument, ConsentText> = {
  TERMS: {
    document: 'TERMS',
    version: '2026-12-04',
    title: '用户服务协议',
    body: [
      '本平台为天津市网上办事大厅，为自然人和法人提供政务服务事项的网上申报、办件查询、评价等服务。',
      '您应使用本人的手机号注册，妥善保管密码，不得冒用他人身份办理事项；通过账号进行的操作视为本人操作。',
      '您提交的申请材料应真实、合法、有效。违反规定的，平台可以限制或停止提供服务。',
    ],
  },
  PRIVACY_NOTICE: {
    document: 'PRIVACY_NOTICE',
    version: '2026-12-04',
    title: '个人信息处理规则',
    body: [
      '收集的信息：注册时收集手机号、姓名和密码（仅保存不可逆的摘要）；实名认证时收集姓名和居民身份证号；实人认证时由终端采集人脸信息，仅用于与身份证件照片比对，平台不保存人脸图像。',
      '处理目的：确认账号由本人注册和使用，核验身份以办理需要相应认证等级的政务服务事项，向您发送验证码和办件通知。',
      '保存方式：身份证号和手机号加密存储，页面仅显示部分号码；工作人员查询身份证号的操作均留有记录。身份证号和姓名仅提交公安部门身份核验服务用于核验，不向其他第三方提供。',
      '保存期限：账号存续期间保存；注销账号后，除法律、行政法规规定须保存的办件记录外，于 30 日内删除或匿名化。验证码仅短时有效，使用一次后作废，仅保存其不可逆的摘要。',
      '您的权利：您可以查询、更正您的个人信息，撤回同意或注销账号；撤回同意不影响此前基于同意已进行的处理。',
    ],
  },
};

export const CURRENT_CONSENTS = Object.values(CONSENT_DOCUMENTS);
