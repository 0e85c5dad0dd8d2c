import { cache } from 'react';
import { graphql } from '@/gql';
import type { CaseList } from '@/gql/graphql';
import { serverQuery, UnauthenticatedError } from './urql-server';

const PersonalSpaceQuery = graphql(`
  query PersonalSpace {
    me {
      id
      unreadNotificationCount
      ...UserPanel_User
      ...PersonalProfile_User
    }
    myCases(first: 1) {
      listCounts {
        list
        count
      }
    }
  }
`);

/**
 * The signed-in user and the counts of 我的办件, or null when the API does not know the session. Cached per
 * request so the 个人空间 layout and its pages share one API call.
 */
export const getPersonalSpace = cache(async () => {
  let data;
  try {
    data = await serverQuery(PersonalSpaceQuery, {});
  } catch (error) {
    if (error instanceof UnauthenticatedError) return null;
    throw error;
  }
  if (!data.me) return null;
  const counts: Partial<Record<CaseList, number>> = {};
  for (const { list, count } of data.myCases.listCounts) counts[list] = count;
  return { me: data.me, counts, unreadNotifications: data.me.unreadNotificationCount };
});
