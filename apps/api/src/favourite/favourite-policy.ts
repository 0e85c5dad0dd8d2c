import { definePolicy } from '../auth/policy.ts';

/** 我的收藏: a citizen (or a person acting for a company) stars service items for themselves only. */
export const favouritePolicy = definePolicy('favourite', {
  'favourite.manage': { CITIZEN: 'own' },
});
