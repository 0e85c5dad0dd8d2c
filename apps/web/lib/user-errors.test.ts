import { describe, expect, it } from 'vitest';
import { requestErrorMessage, splitUserErrors } from './user-errors';

describe('splitUserErrors', () => {
  it('puts each error next to its field and keeps the rest for an alert', () => {
    const result = splitUserErrors(
      [
        { field: ['input', 'trackingNumber'], message: '邮政速递须填写快递单号。' },
        { field: ['input', 'trackingNumber'], message: '快递单号格式不正确。' },
        { field: ['input', 'result'], message: '请填写办理结果。' },
        { field: ['input', 'caseId'], message: '未找到该办件。' },
        { field: null, message: '整体错误' },
      ],
      ['result', 'deliveryMethod', 'trackingNumber'],
    );
    expect(result.fields).toEqual([
      { name: 'trackingNumber', errors: ['邮政速递须填写快递单号。', '快递单号格式不正确。'] },
      { name: 'result', errors: ['请填写办理结果。'] },
    ]);
    expect(result.others).toEqual(['未找到该办件。', '整体错误']);
  });

  it('maps API field names to form field names', () => {
    const result = splitUserErrors(
      [{ field: ['idNumber'], message: '身份证号校验位不正确，请核对。' }],
      ['applicantIdNumber'],
      { idNumber: 'applicantIdNumber' },
    );
    expect(result).toEqual({
      fields: [{ name: 'applicantIdNumber', errors: ['身份证号校验位不正确，请核对。'] }],
      others: [],
    });
  });
});

describe('requestErrorMessage', () => {
  it('explains a failed request in Chinese', () => {
    expect(requestErrorMessage({ graphQLErrors: [{ extensions: { code: 'FORBIDDEN' } }] })).toBe(
      '您没有权限执行此操作。',
    );
    expect(requestErrorMessage({ graphQLErrors: [{ extensions: { code: 'UNAUTHENTICATED' } }] })).toContain(
      '重新登录',
    );
    expect(requestErrorMessage({ networkError: new Error('offline'), graphQLErrors: [] })).toContain('网络');
    expect(requestErrorMessage({ graphQLErrors: [{}] })).toBe('操作失败，请稍后重试。');
  });
});
