import type { Session } from 'next-auth';
import type { HeaderModel } from '@/components/SiteHeaderView';
import type { ViewerQuery } from '@/gql/graphql';

type ViewerFields = NonNullable<ViewerQuery['me']>;

/** The header's model from the session and the viewer (null when signed out or the API failed). */
export function headerModelOf(
  session: Session | null,
  viewer: Pick<ViewerFields, 'name' | 'roles' | 'unreadNotificationCount'> | null,
  care: boolean,
): HeaderModel {
  return {
    care,
    signedIn: session !== null,
    name: viewer?.name || session?.user?.name || null,
    roles: viewer?.roles ?? ['CITIZEN'],
    unread: viewer ? viewer.unreadNotificationCount : null,
  };
}
