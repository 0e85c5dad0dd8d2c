import type { Metadata } from 'next';
import { Card } from 'antd';
import { LoginForm } from '@/components/LoginForm';
import { safeCallbackPath } from '@/lib/callback-url';
import { Title } from '@/components/typography';

export const metadata: Metadata = { title: '登录' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 48 }}>
      <Card style={{ width: 400 }}>
        <Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>
          登录
        </Title>
        <LoginForm callbackPath={safeCallbackPath(callbackUrl)} />
      </Card>
    </div>
  );
}
