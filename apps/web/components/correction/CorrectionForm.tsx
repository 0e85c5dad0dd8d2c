'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { CorrectionForm_CorrectionFragment as Correction } from '@/gql/graphql';
import { formatBytes } from '@/lib/decimal-text';
import { uploadMaterial } from '@/components/apply/upload-material';
import { FileButton } from '@/components/form/FileButton';
import { Notice } from '@/components/layout/Notice';

/** The upload button's words (its accessible name adds the material, keeping these visible words first). */
const uploadLabel = (uploaded: number) => (uploaded > 0 ? '继续上传' : '上传文件');

/**
 * Each material of the 补正 notice with its uploads (查看, 删除) and 上传文件, then 提交补正 (asked once more
 * before it is sent). A refusal for one material (none uploaded) shows at that material; others (the case is
 * no longer in 补正) above the button. Plain elements styled by globals.css, no UI library.
 */
export function CorrectionForm(props: {
  caseId: string;
  correction: Correction;
  limits: { maxFileBytes: number; maxCaseBytes: number };
}) {
  const { items } = props.correction;
  const router = useRouter();
  const [busy, setBusy] = useState<string>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const caseHref = `/personal/cases/${encodeURIComponent(props.caseId)}`;
  const setError = (name: string, text: string) => setErrors((current) => ({ ...current, [name]: text }));

  async function upload(name: string, file: File) {
    setError(name, '');
    if (file.size > props.limits.maxFileBytes) {
      setError(name, `文件过大：单个文件不能超过 ${formatBytes(props.limits.maxFileBytes)}。`);
      return;
    }
    setBusy(`upload:${name}`);
    try {
      const outcome = await uploadMaterial({ caseId: props.caseId, correctionMaterial: name, file });
      if (outcome.error) {
        setError(name, outcome.error);
      } else {
        setStatus(`已上传：${file.name}`);
        router.refresh();
      }
    } finally {
      setBusy(undefined);
    }
  }

  async function remove(materialId: string, fileName: string) {
    if (!window.confirm(`确定删除该文件？\n${fileName}`)) return;
    setBusy(`remove:${materialId}`);
    try {
      const { removeCorrectionMaterial } = await import('./correction-mutations');
      const outcome = await removeCorrectionMaterial(materialId);
      setAlert(outcome.ok ? [] : outcome.others);
      if (outcome.ok) {
        setStatus(`已删除：${fileName}`);
        router.refresh();
      }
    } finally {
      setBusy(undefined);
    }
  }

  async function submit() {
    setConfirming(false);
    setErrors({});
    setAlert([]);
    setBusy('submit');
    try {
      const { submitCorrection } = await import('./correction-mutations');
      const outcome = await submitCorrection(props.caseId);
      if (outcome.ok) {
        router.push(caseHref);
        router.refresh();
        return;
      }
      setErrors(outcome.atMaterials);
      setAlert(outcome.others);
    } finally {
      setBusy((current) => (current === 'submit' ? undefined : current));
    }
  }

  return (
    <>
      <Notice
        tone="info"
        title={`请按补正通知逐项上传材料。支持 PDF、JPG、PNG、OFD 格式；单个文件不超过 ${formatBytes(props.limits.maxFileBytes)}，本件材料合计不超过 ${formatBytes(props.limits.maxCaseBytes)}。`}
      >
        每项材料至少上传一个文件后才能提交补正；提交后材料送审批部门，不能再修改或删除。
      </Notice>
      {items.map((item) => {
        const uploading = busy === `upload:${item.name}`;
        return (
          <div
            className="material-row"
            key={item.name}
            data-testid="correction-row"
            data-material={item.name}
          >
            <div className="material-row__head">
              <strong>{item.name}</strong>
              {item.materials.length > 0 ? (
                <span className="status-tag status-tag--blue">已上传</span>
              ) : (
                <span className="status-tag status-tag--orange">待上传</span>
              )}
            </div>
            {item.materials.map((material) => (
              <div className="material-row__file" key={material.id}>
                <span>{material.fileName}</span>
                <span className="text-secondary">{formatBytes(material.sizeBytes)}</span>
                {material.downloadUrl && (
                  <a href={material.downloadUrl} target="_blank" rel="noreferrer">
                    查看
                  </a>
                )}
                <button
                  type="button"
                  className="button button--small button--danger"
                  disabled={busy !== undefined}
                  aria-label={`删除：${material.fileName ?? ''}`}
                  onClick={() => void remove(material.id, material.fileName ?? '')}
                >
                  删除
                </button>
              </div>
            ))}
            <FileButton
              words={uploadLabel(item.materials.length)}
              label={`${uploadLabel(item.materials.length)}：${item.name}`}
              busy={uploading}
              disabled={busy !== undefined}
              onFile={(file) => void upload(item.name, file)}
            />
            {errors[item.name] && (
              <div role="alert" className="form-alert form-alert--error material-row__error">
                {errors[item.name]}
              </div>
            )}
          </div>
        );
      })}
      <p role="status" className="text-secondary">
        {status}
      </p>
      {alert.length > 0 && (
        <div role="alert" className="form-alert form-alert--error">
          {alert.join(' ')}
        </div>
      )}
      {confirming ? (
        <div className="confirm-panel" role="group" aria-labelledby="correction-confirm-text">
          <p id="correction-confirm-text">提交后材料将送审批部门，不能再修改。确定提交？</p>
          <button type="button" className="button button--primary" onClick={() => void submit()}>
            提交
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            取消
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={busy !== undefined}
          aria-busy={busy === 'submit'}
          onClick={() => setConfirming(true)}
        >
          {busy === 'submit' && <span className="button__spinner" aria-hidden="true" />}
          提交补正
        </button>
      )}
    </>
  );
}
