'use client';

import { useState } from 'react';
import type { DraftMaterialFragment as DraftMaterial, LicenseType } from '@/gql/graphql';
import { formatBytes } from '@/lib/decimal-text';
import { REQUEST_ERROR_LABELS, TRUST_LEVEL_LABELS } from '@/lib/labels';
import { ChoiceButtons } from '@/components/form/ChoiceButtons';
import { ConfirmDialog } from '@/components/form/ConfirmDialog';
import { FileButton } from '@/components/form/FileButton';
import { showToast } from '@/components/form/toast';
import { Notice } from '@/components/layout/Notice';
import { ToneTag } from '@/components/layout/ToneTag';
import { LicenseSnapshotView } from '@/components/licenses/LicenseSnapshotView';
import { removeCaseMaterialAction } from './actions';
import { uploadMaterial } from './upload-material';

export type ChecklistEntry = {
  id: string;
  name: string;
  required: boolean;
  licenseType: LicenseType | null;
};

export type Limits = { maxFileBytes: number; maxCaseBytes: number };

const LICENSE_CHOICES = [
  { value: 'fetch', label: '获取证照库文件' },
  { value: 'upload', label: '上传文件' },
] as const;

/**
 * Step 2, 申请材料, in plain elements: per checklist entry its files (上传文件 through a plain file input, 查看,
 * 删除 after asking) or, for the license, 获取证照库文件.
 */
export function MaterialsStep(props: {
  checklist: ChecklistEntry[];
  materials: readonly DraftMaterial[];
  limits: Limits;
  ensureDraft: () => Promise<string | undefined>;
  refresh: () => Promise<void>;
  renderLicenseFetch: (entry: ChecklistEntry) => React.ReactNode;
}) {
  const { materials } = props;
  const [busy, setBusy] = useState<string>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [licenseChoice, setLicenseChoice] = useState<Record<string, 'upload' | 'fetch'>>({});
  const [removing, setRemoving] = useState<{ id: string; name: string; entryId: string; license: boolean }>();
  const usedBytes = materials.reduce((sum, material) => sum + (material.sizeBytes ?? 0), 0);
  const setError = (entryId: string, text: string) =>
    setErrors((current) => ({ ...current, [entryId]: text }));

  async function upload(entry: ChecklistEntry, file: File) {
    setError(entry.id, '');
    if (file.size > props.limits.maxFileBytes) {
      setError(entry.id, `文件过大：单个文件不能超过 ${formatBytes(props.limits.maxFileBytes)}。`);
      return;
    }
    setBusy(`upload:${entry.id}`);
    try {
      const caseId = await props.ensureDraft();
      if (!caseId) return;
      const outcome = await uploadMaterial({ caseId, itemMaterialId: entry.id, file });
      if (outcome.error) {
        setError(entry.id, outcome.error);
      } else {
        showToast(`已上传：${file.name}`);
        await props.refresh();
      }
    } finally {
      setBusy(undefined);
    }
  }

  async function remove(material: NonNullable<typeof removing>) {
    setRemoving(undefined);
    setError(material.entryId, '');
    setBusy(`remove:${material.id}`);
    try {
      const answer = await removeCaseMaterialAction(material.id);
      if (answer.errors.length > 0) setError(material.entryId, answer.errors.join(' '));
      else {
        showToast(`已删除：${material.name}`);
        await props.refresh();
      }
    } catch {
      setError(material.entryId, REQUEST_ERROR_LABELS.OTHER);
    } finally {
      setBusy(undefined);
    }
  }

  const removeButton = (material: DraftMaterial, entryId: string, name: string) => (
    <button
      type="button"
      className="button button--small button--danger"
      disabled={busy !== undefined}
      aria-busy={busy === `remove:${material.id}`}
      aria-label={`删除：${name}`}
      onClick={() =>
        setRemoving({ id: material.id, name, entryId, license: Boolean(material.licenseSnapshot) })
      }
    >
      删除
    </button>
  );

  return (
    <>
      <Notice
        tone="info"
        title={`支持 PDF、JPG、PNG、OFD 格式的文件；单个文件不超过 ${formatBytes(props.limits.maxFileBytes)}，全部材料合计不超过 ${formatBytes(props.limits.maxCaseBytes)}（已用 ${formatBytes(usedBytes)}）。`}
      >
        文件类型按文件内容识别，改扩展名无效。营业执照可直接从证照库获取（A级可信），无需上传扫描件。
      </Notice>
      {props.checklist.map((entry) => {
        const attached = materials.filter((material) => material.itemMaterial?.id === entry.id);
        const fetched = attached.find((material) => material.licenseSnapshot);
        const choice = licenseChoice[entry.id] ?? (entry.licenseType ? 'fetch' : 'upload');
        const uploading = busy === `upload:${entry.id}`;
        const uploadWords = attached.length > 0 ? '继续上传' : '上传文件';
        return (
          <div className="material-row" key={entry.id} data-testid="material-row" data-material={entry.name}>
            <div className="material-row__head">
              <strong>{entry.name}</strong>
              {entry.required ? <ToneTag tone="red">必需</ToneTag> : <ToneTag>可选</ToneTag>}
              {attached.length > 0 && <ToneTag tone="blue">已提供</ToneTag>}
            </div>
            {attached.map((material) =>
              material.licenseSnapshot ? (
                <div key={material.id} className="material-row__license">
                  <LicenseSnapshotView snapshot={material.licenseSnapshot} />
                  <div className="material-row__file">
                    {material.downloadUrl && (
                      <a href={material.downloadUrl} target="_blank" rel="noreferrer">
                        查看证照文件
                      </a>
                    )}
                    {removeButton(material, entry.id, material.name)}
                  </div>
                </div>
              ) : (
                <div className="material-row__file" key={material.id}>
                  <span>{material.fileName ?? material.name}</span>
                  <span className="text-secondary">{formatBytes(material.sizeBytes)}</span>
                  <ToneTag>{TRUST_LEVEL_LABELS[material.trustLevel] ?? material.trustLevel}</ToneTag>
                  {material.downloadUrl && (
                    <a href={material.downloadUrl} target="_blank" rel="noreferrer">
                      查看
                    </a>
                  )}
                  {removeButton(material, entry.id, material.fileName ?? material.name)}
                </div>
              ),
            )}
            {entry.licenseType && !fetched && (
              <ChoiceButtons
                name={`license-choice-${entry.id}`}
                legend="提供方式"
                options={LICENSE_CHOICES}
                defaultValue={choice}
                errorId={`license-choice-${entry.id}-error`}
                onChange={(value) => setLicenseChoice((current) => ({ ...current, [entry.id]: value }))}
              />
            )}
            {entry.licenseType && !fetched && choice === 'fetch'
              ? props.renderLicenseFetch(entry)
              : !fetched && (
                  <FileButton
                    words={uploadWords}
                    label={`${uploadWords}：${entry.name}`}
                    busy={uploading}
                    disabled={busy !== undefined}
                    onFile={(file) => void upload(entry, file)}
                  />
                )}
            {errors[entry.id] && (
              <div role="alert" className="form-alert form-alert--error material-row__error">
                {errors[entry.id]}
              </div>
            )}
          </div>
        );
      })}
      {removing && (
        <ConfirmDialog
          title={removing.license ? '删除后需重新获取（需新的验证码）。确定删除？' : '确定删除该文件？'}
          content={removing.name}
          okText="删除"
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(undefined)}
        />
      )}
    </>
  );
}
