import { describe, expect, it } from 'vitest';
import { hasErrors, newPasswordErrors, phoneCodeErrors, phoneError } from './account-form-checks';

describe('phoneError', () => {
  it('asks for a number when empty or blank', () => {
    expect(phoneError(undefined)).toBe('请输入手机号');
    expect(phoneError('   ')).toBe('请输入手机号');
  });

  it('refuses what is not an 11-digit mainland mobile number, accepts one (spaces around ignored)', () => {
    for (const bad of ['1380013800', '138001380001', '12800138000', '1380013800a', '+8613800138000']) {
      expect(phoneError(bad), bad).toBe('请输入 11 位手机号');
    }
    expect(phoneError(' 13800138000 ')).toBeUndefined();
  });
});

describe('phoneCodeErrors', () => {
  it('names each missing field, and nothing when both are given', () => {
    expect(phoneCodeErrors({})).toEqual({ phone: '请输入手机号', code: '请输入短信验证码' });
    expect(hasErrors(phoneCodeErrors({ phone: '13800138000', code: ' 123456 ' }))).toBe(false);
  });
});

describe('newPasswordErrors', () => {
  const fields = { name: 'newPassword', confirmName: 'confirm', label: '新密码' };

  it('asks for both, in the label’s words', () => {
    expect(newPasswordErrors({}, fields)).toEqual({
      newPassword: '请输入新密码',
      confirm: '请再次输入新密码',
    });
  });

  it('refuses a confirmation that differs, even by case or a space', () => {
    expect(newPasswordErrors({ newPassword: 'Spring2026go', confirm: 'spring2026go' }, fields).confirm).toBe(
      '两次输入的新密码不一致',
    );
    expect(newPasswordErrors({ newPassword: 'Spring2026go', confirm: 'Spring2026go ' }, fields).confirm).toBe(
      '两次输入的新密码不一致',
    );
    expect(
      hasErrors(newPasswordErrors({ newPassword: 'Spring2026go', confirm: 'Spring2026go' }, fields)),
    ).toBe(false);
  });
});
