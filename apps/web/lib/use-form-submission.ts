import { useState } from 'react';
import type { FormInstance } from 'antd';
import { mutationOutcome, type MutationResult, type PayloadWithUserErrors } from './mutation-outcome';

export type FormSubmissionOptions = {
  /** The Ant Design form whose fields get their `userErrors` (without one, every error goes to the alert). */
  form?: FormInstance;
  /** The form's field names that `userErrors` may point at. */
  fields?: readonly string[];
  /** API field names → form field names. */
  aliases?: Readonly<Record<string, string>>;
  /** Where the messages for no field go instead of the `alert` state (e.g. a toast for a table's buttons). */
  report?: (messages: string[]) => void;
};

/**
 * THE submit plumbing of every form: `pending` while the mutation runs, `userErrors` next to their fields,
 * the rest (and failed requests) in `alert` (render it with `<FormAlert>`). `submit` answers the payload when
 * the mutation was accepted, undefined when it was refused.
 */
export function useFormSubmission(options: FormSubmissionOptions = {}) {
  const [alert, setAlert] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const report = options.report ?? setAlert;

  async function submit<Data, Payload extends PayloadWithUserErrors>(
    run: () => Promise<MutationResult<Data>>,
    pick: (data: Data) => Payload | null | undefined,
    /** Sees the payload of a refusal (e.g. a lock-out time beside its `userErrors`). */
    onRefused?: (payload: Payload) => void,
  ): Promise<Payload | undefined> {
    setPending(true);
    setAlert([]);
    try {
      const outcome = mutationOutcome(await run(), pick, options.fields, options.aliases);
      if (outcome.ok) return outcome.payload;
      options.form?.setFields(outcome.fields as Parameters<FormInstance['setFields']>[0]);
      if (outcome.others.length > 0) report(outcome.others);
      if (outcome.payload) onRefused?.(outcome.payload);
      return undefined;
    } finally {
      setPending(false);
    }
  }

  return { alert, setAlert, pending, submit };
}
