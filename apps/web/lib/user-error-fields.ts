import { graphql } from '@/gql';

/**
 * THE selection of a payload's `userErrors`: every mutation spreads `...UserErrorFields`. Its own module, so
 * that lib/mutation-outcome.ts (reached by every light form's client code) needs @/gql for types only.
 */
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    field
    code
    message
  }
`);
