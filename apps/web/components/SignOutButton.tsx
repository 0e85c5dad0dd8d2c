'use client';

import { useState } from 'react';
import { signOutTo } from '@/lib/auth-client';

/** 退出 in the header: a plain button, so the header (a server component) ships no UI library. */
export function SignOutButton({
  className = 'site-header__sign-out',
  label = '退出',
}: {
  className?: string;
  label?: string;
}) {
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    try {
      await signOutTo('/');
    } catch {
      // next-auth's own sign-out page still works when its JSON flow did not.
      window.location.href = '/api/auth/signout';
    }
  }
  return (
    <button type="button" className={className} onClick={signOut} disabled={pending}>
      {label}
    </button>
  );
}
