'use client';

import { Button, Result } from 'antd';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Result
      status="error"
      title={<h1 className="result-title">页面加载失败</h1>}
      subTitle="系统暂时无法完成您的请求，请稍后重试。"
      extra={
        <Button type="primary" onClick={reset}>
          重试
        </Button>
      }
    />
  );
}
