-- 部门负责人: reads its own department figures and lists (issue 19). Its own migration: a new enum value
-- cannot be used in the transaction that adds it.
ALTER TYPE "Role" ADD VALUE 'DEPARTMENT_HEAD';
