'use client';

import { Button } from 'antd';
import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <Button type="link" size="small" onClick={() => void signOut({ callbackUrl: '/' })}>
      退出
    </Button>
  );
}
