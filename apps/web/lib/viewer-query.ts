import { graphql } from '@/gql';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      roles
      unreadNotificationCount
      careMode
      department {
        id
        name
      }
    }
  }
`);
