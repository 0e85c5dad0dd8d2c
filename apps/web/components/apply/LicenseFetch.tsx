'use client';

import { useEffect, useState } from 'react';
import { Alert, Button, Input } from 'antd';
import { useMutation } from '@urql/next';
import { formatDateTime } from '@/lib/format';
import { useFormSubmission } from '@/lib/use-form-submission';
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
  const { alert, setAlert, pending, submit } = useFormSubmission();
  const [lockedUntil, setLockedUntil] = useState<string>();
  const [now, setNow] = useState(() => Date.now());
  const locked = lockedUntil !== undefined && Date.parse(lockedUntil) > now;

  useEffect(() => {
    if (!lockedUntil) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [lockedUntil]);

  async function onFetch() {
    if (!CODE.test(code)) {
      setAlert(['请输入8位数字验证码']);
      return;
    }
    setAlert([]);
    const caseId = await props.ensureDraft();
    if (!caseId) return;
    const input = { caseId, itemMaterialId: props.itemMaterialId, code, purpose: props.itemName };
    const fetched = await submit(
      () => fetchLicense({ input }),
      (data) => data.fetchLicenseMaterial,
      (refusal) => {
        if (refusal.lockedUntil) {
          setLockedUntil(refusal.lockedUntil);
          setNow(Date.now());
        }
      },
    );
    if (fetched) {
      setCode('');
      await props.onFetched();
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
          onPressEnter={onFetch}
          style={{ width: 180 }}
        />
        <Button type="primary" onClick={onFetch} loading={pending} disabled={locked}>
          获取证照
        </Button>
      </div>
      {alert.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={alert.join(' ')}
          description={
            locked ? `在 ${formatDateTime(lockedUntil)}（北京时间）之前不能再输入验证码。` : undefined
          }
        />
      )}
    </div>
  );
}
