import { describe, expect, it } from 'vitest';
import { isApplicant, staffHomeOf, workbenchesOf } from './roles';

describe('role-aware navigation', () => {
  it('gives staff the workbenches of their roles', () => {
    expect(workbenchesOf(['DEPARTMENT_STAFF'])).toEqual([
      { role: 'DEPARTMENT_STAFF', href: '/staff/department', label: '部门办件' },
    ]);
    expect(workbenchesOf(['WINDOW_STAFF']).map((w) => w.label)).toEqual(['窗口收件']);
    expect(workbenchesOf(['WINDOW_STAFF', 'DEPARTMENT_STAFF']).map((w) => w.href)).toEqual([
      '/staff/department',
      '/staff/window',
    ]);
    expect(workbenchesOf(['CITIZEN'])).toEqual([]);
    expect(workbenchesOf(['SUPERVISOR', 'ADMIN'])).toEqual([
      { role: 'SUPERVISOR', href: '/supervisor/evaluations', label: '好差评管理' },
      { role: 'ADMIN', href: '/admin/clients', label: '系统管理' },
    ]);
    expect(workbenchesOf(['ADMIN']).map((w) => w.href)).toEqual(['/admin/clients']);
  });

  it('starts staff at their workbench and applicants in 个人空间', () => {
    expect(staffHomeOf(['WINDOW_STAFF'])).toBe('/staff/window');
    expect(staffHomeOf(['DEPARTMENT_STAFF'])).toBe('/staff/department');
    expect(staffHomeOf(['CITIZEN', 'DEPARTMENT_STAFF'])).toBeUndefined();
    expect(staffHomeOf(['SUPERVISOR'])).toBe('/supervisor/evaluations');
    expect(staffHomeOf(['ADMIN'])).toBe('/admin/clients');
    expect(isApplicant(['CITIZEN'])).toBe(true);
    expect(isApplicant(['ADMIN'])).toBe(false);
  });
});
