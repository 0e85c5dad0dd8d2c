'use client';

import { ResultMessage } from '@/components/layout/ResultMessage';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ResultMessage
      mark="!"
      tone="error"
      title="页面加载失败"
      subTitle="系统暂时无法完成您的请求，请稍后重试。"
      extra={
        <button type="button" className="button button--primary" onClick={reset}>
          重试
        </button>
      }
    />
  );
}
