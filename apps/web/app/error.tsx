'use client';

import { LoadFailedMessage } from '@/components/layout/LoadFailedMessage';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <LoadFailedMessage
      action={
        <button type="button" className="button button--primary" onClick={reset}>
          重试
        </button>
      }
    />
  );
}
