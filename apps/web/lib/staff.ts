import { redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import type { Role } from '@/gql/graphql';
import { authOptions } from './auth';
import { getViewer, type Viewer } from './viewer';

/**
 * The signed-in viewer of a staff page. Signed-out visitors are sent to sign in and back to `path`; proxy.ts
 * does that too, this check does not rely on it.
 */
export async function requireViewer(path: string): Promise<Viewer> {
  const signIn = `/login?callbackUrl=${encodeURIComponent(path)}`;
  if (!(await getServerSession(authOptions))) redirect(signIn);
  const viewer = await getViewer();
  if (!viewer) redirect(signIn);
  return viewer;
}

/** The signed-in viewer of a staff page, or null when they lack `role` (the page then shows 403). */
export async function requireStaff(role: Role, path: string): Promise<Viewer | null> {
  const viewer = await requireViewer(path);
  return viewer.roles.includes(role) ? viewer : null;
}
