import { getServerSession } from 'next-auth';
import type { Role } from '@/gql/graphql';
import { authOptions } from './auth';
import { redirectToSignIn } from './sign-in-redirect';
import { getViewer, type Viewer } from './viewer';

/**
 * The signed-in viewer of a staff page. Signed-out visitors, and those whose session the API has ended, are
 * sent to sign in and back to the page; proxy.ts does that too for the first, this check does not rely on it.
 */
export async function requireViewer(path: string): Promise<Viewer> {
  if (!(await getServerSession(authOptions))) return redirectToSignIn(path);
  const viewer = await getViewer();
  if (!viewer) return redirectToSignIn(path);
  return viewer;
}

/** The signed-in viewer of a staff page, or null when they lack `role` (the page then shows 403). */
export async function requireStaff(role: Role, path: string): Promise<Viewer | null> {
  const viewer = await requireViewer(path);
  return viewer.roles.includes(role) ? viewer : null;
}
