import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

/**
 * The end of a server action of a page's button: back to `path` (rendered afresh) saying what happened,
 * `?done=` (the page's own message for it) or `?error=` (the API's refusal in its words); `at` makes the
 * page draw its forms afresh after each answer. See components/form/ActionOutcome.tsx.
 */
export function backWithOutcome(path: string, done: string, errors: readonly string[] = []): never {
  revalidatePath(path);
  const outcome: Record<string, string> = errors.length > 0 ? { error: errors.join(' ') } : { done };
  redirect(`${path}?${new URLSearchParams({ ...outcome, at: String(Date.now()) }).toString()}`);
}
