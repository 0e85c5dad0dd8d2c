// Loaded only when the user acts (the component imports it dynamically): a client component that calls
// the `graphql` function itself ships the whole generated documents map (gql/gql.ts, ~24 KiB gzip) with the page.
import { graphql } from '@/gql';
import { sendMutation } from '@/lib/send-mutation';

const EndSessionMutation = graphql(`
  mutation EndSession($input: EndSessionInput!) {
    endSession(input: $input) {
      session {
        id
        state
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 退出 of one of the user's other sessions. */
export function endSession(sessionId: string) {
  return sendMutation(EndSessionMutation, { input: { sessionId } }, (data) => data.endSession);
}
