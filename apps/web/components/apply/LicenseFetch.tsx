'use client';

import { useEffect, useState } from 'react';
import { Alert, Button, Input } from 'antd';
import { useMutation } from '@urql/next';
import { formatDateTime } from '@/lib/format';
import { requestErrorMessage } from '@/lib/user-errors';
import { Paragraph } from '@/components/typography';
import { FetchLicenseMaterialMutation } from './application-documents';

const CODE = /^\d{8}$/;

/**
 * 获取证照库文件: the applicant types the 8-digit verification code the license holder generated in 我的证照, and
 * the hall attaches that license to the draft. Wrong codes get the API's one message; after too many the
 * entry is closed until the time the API states.
 */
export function LicenseFetch(props: {
  itemMaterialId: string;
  itemName: string;
  /** The draft to attach to, saved first when the application has not been saved yet. */
  ensureDraft: () => Promise<string | undefined>;
  onFetched: () => Promise<void>;
}) {
  const [, fetchLicense] = useMutation(FetchLicenseMaterialMutation);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [lockedUntil, setLockedUntil] = useState<string>();
  const [pending, setPending] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const locked = lockedUntil !== undefined && Date.parse(lockedUntil) > now;

  useEffect(() => {
    if (!lockedUntil) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [lockedUntil]);

  async function submit() {
    if (!CODE.test(code)) {
      setError('请输入8位数字验证码');
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      const caseId = await props.ensureDraft();
      if (!caseId) return;
      const result = await fetchLicense({
        input: { caseId, itemMaterialId: props.itemMaterialId, code, purpose: props.itemName },
      });
      const payload = result.data?.fetchLicenseMaterial;
      if (result.error || !payload) {
        setError(requestErrorMessage(result.error ?? { graphQLErrors: [] }));
      } else if (payload.userErrors.length > 0) {
        setError(payload.userErrors.map((e) => e.message).join(' '));
        if (payload.lockedUntil) {
          setLockedUntil(payload.lockedUntil);
          setNow(Date.now());
        }
      } else {
        setCode('');
        await props.onFetched();
      }
    } finally {
      setPending(false);
    }
  }

  return (
    <div data-testid="license-fetch">
      <Paragraph type="secondary" style={{ marginBottom: 8 }}>
        请向证照持有人（法定代表人或证照管理员）索取在“个人空间 →
        我的证照”生成的8位验证码。验证码10分钟内有效，只能使用一次。
      </Paragraph>
      <div className="material-row__file">
        <Input
          aria-label="验证码"
          placeholder="8位数字验证码"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          value={code}
          disabled={locked}
          onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
          onPressEnter={submit}
          style={{ width: 180 }}
        />
        <Button type="primary" onClick={submit} loading={pending} disabled={locked}>
          获取证照
        </Button>
      </div>
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={error}
          description={
            locked ? `在 ${formatDateTime(lockedUntil)}（北京时间）之前不能再输入验证码。` : undefined
          }
        />
      )}
    </div>
  );
}
