import { redirect } from 'next/navigation';

/** /supervisor: the figures page is the supervisor's start. */
export default function SupervisorHomePage() {
  redirect('/supervisor/evaluations');
}
