import { definePolicy } from '../auth/policy.ts';

/** 窗口: window staff look citizens up and record the cases they take at the counter, for any department. */
export const windowPolicy = definePolicy('window', {
  'window.lookUpCitizen': { WINDOW_STAFF: 'all' },
  'window.recordCase': { WINDOW_STAFF: 'all' },
});
