import { definePolicy } from '../auth/policy.ts';

/**
 * The portal (首页): search, categories, popular items and published notices are public and need no
 * permission. Writing and (un)publishing notices, and reading unpublished ones, is the administrator's; each
 * person sets their own 关怀模式.
 */
export const portalPolicy = definePolicy('portal', {
  'portal.manageNotices': { ADMIN: 'all' },
  'portal.updateDisplaySettings': { SIGNED_IN: 'own' },
});
