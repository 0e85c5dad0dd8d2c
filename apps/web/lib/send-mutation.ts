import { mutationSender } from './mutation-outcome';
import { createBrowserUrql } from './urql-client';

/**
 * Sends one mutation from a light client component (no urql provider on the page) with the browser's urql
 * client (lib/urql-client.ts). Import it from a module the component loads when the user acts (e.g.
 * components/account/end-session.ts), so the page ships neither urql nor the GraphQL documents up front.
 * Answers the outcome sorted as mutationOutcome does (`formFields` get their own messages).
 */
export const sendMutation = mutationSender(() => createBrowserUrql().client);
