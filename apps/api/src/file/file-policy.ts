import { definePolicy } from '../auth/policy.ts';

/** 我的文件: a person's own uploaded and fetched files across their cases (opening one is the case's rule). */
export const filePolicy = definePolicy('file', {
  'file.listOwn': { CITIZEN: 'own' },
});
