import type { ReactNode } from 'react';
import { ResultMessage } from './ResultMessage';

/** 页面加载失败: the App Router's error boundary (with 重试) and pages/_error.tsx (with 返回首页). */
export function LoadFailedMessage({ action }: { action: ReactNode }) {
  return (
    <ResultMessage
      mark="!"
      tone="error"
      title="页面加载失败"
      subTitle="系统暂时无法完成您的请求，请稍后重试。"
      extra={action}
    />
  );
}
