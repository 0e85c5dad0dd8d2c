import { redirect } from 'next/navigation';
import { Forbidden } from '@/components/staff/Forbidden';
import { workbenchesOf } from '@/lib/roles';
import { requireViewer } from '@/lib/staff';

/** /staff: the user's own workbench, or 403 for users without one. */
export default async function StaffHomePage() {
  const viewer = await requireViewer('/staff');
  const home = workbenchesOf(viewer.roles)[0];
  if (home) redirect(home.href);
  return <Forbidden />;
}
