import { useRouter } from 'next/navigation';
import { App } from 'antd';
import { useMutation } from '@urql/next';
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import type { PayloadWithUserErrors } from './mutation-outcome';
import { useFormSubmission } from './use-form-submission';

/**
 * A one-click action (a button or a switch, no form): runs the mutation, shows its refusals as an error toast,
 * and on success shows `done` (if any) and re-renders the server page, which reads the new state.
 */
export function useRefreshingMutation<
  Data,
  Variables extends AnyVariables,
  Payload extends PayloadWithUserErrors,
>(document: TypedDocumentNode<Data, Variables>, pick: (data: Data) => Payload | null | undefined) {
  const [, run] = useMutation(document);
  const { message } = App.useApp();
  const router = useRouter();
  const { pending, submit } = useFormSubmission({ report: (messages) => message.error(messages.join(' ')) });

  async function act(variables: Variables, done?: string): Promise<Payload | undefined> {
    const payload = await submit(() => run(variables), pick);
    if (payload) {
      if (done) message.success(done);
      router.refresh();
    }
    return payload;
  }

  return { act, pending };
}
