'use client';

import { useState } from 'react';
import { Alert, App, Button, Popconfirm, Radio, Tag, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@urql/next';
import { useFragment, type FragmentType } from '@/gql';
import type { LicenseType } from '@/gql/graphql';
import { formatBytes } from '@/lib/decimal-text';
import { TRUST_LEVEL_LABELS } from '@/lib/labels';
import { useFormSubmission } from '@/lib/use-form-submission';
import { LicenseSnapshotView } from '@/components/licenses/LicenseSnapshotView';
import { Text } from '@/components/typography';
import { DraftMaterialFragment, RemoveCaseMaterialMutation } from './application-documents';
import { uploadMaterial } from './upload-material';

export type ChecklistEntry = {
  id: string;
  name: string;
  required: boolean;
  licenseType: LicenseType | null;
};

export type Limits = { maxFileBytes: number; maxCaseBytes: number };

/** File endings the picker offers; the API decides the type from the content anyway. */
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.ofd';

/** Step 2, 申请材料: per checklist entry its files (upload, 查看, 删除) or, for the license, 获取证照库文件. */
export function MaterialsStep(props: {
  checklist: ChecklistEntry[];
  materials: FragmentType<typeof DraftMaterialFragment>[];
  limits: Limits;
  ensureDraft: () => Promise<string | undefined>;
  refresh: () => Promise<void>;
  renderLicenseFetch: (entry: ChecklistEntry) => React.ReactNode;
}) {
  const materials = useFragment(DraftMaterialFragment, props.materials);
  const { message } = App.useApp();
  const [, removeMaterial] = useMutation(RemoveCaseMaterialMutation);
  const removal = useFormSubmission({ report: (messages) => message.error(messages.join(' ')) });
  const [uploading, setUploading] = useState<string>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [licenseChoice, setLicenseChoice] = useState<Record<string, 'upload' | 'fetch'>>({});
  const usedBytes = materials.reduce((sum, material) => sum + (material.sizeBytes ?? 0), 0);

  async function upload(entry: ChecklistEntry, file: File) {
    setErrors((current) => ({ ...current, [entry.id]: '' }));
    if (file.size > props.limits.maxFileBytes) {
      setErrors((current) => ({
        ...current,
        [entry.id]: `文件过大：单个文件不能超过 ${formatBytes(props.limits.maxFileBytes)}。`,
      }));
      return;
    }
    setUploading(entry.id);
    try {
      const caseId = await props.ensureDraft();
      if (!caseId) return;
      const outcome = await uploadMaterial({ caseId, itemMaterialId: entry.id, file });
      if (outcome.error) {
        setErrors((current) => ({ ...current, [entry.id]: outcome.error ?? '' }));
      } else {
        message.success(`已上传：${file.name}`);
        await props.refresh();
      }
    } finally {
      setUploading(undefined);
    }
  }

  async function remove(materialId: string) {
    const input = { materialId };
    if (
      await removal.submit(
        () => removeMaterial({ input }),
        (data) => data.removeCaseMaterial,
      )
    ) {
      await props.refresh();
    }
  }

  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`支持 PDF、JPG、PNG、OFD 格式的文件；单个文件不超过 ${formatBytes(props.limits.maxFileBytes)}，全部材料合计不超过 ${formatBytes(props.limits.maxCaseBytes)}（已用 ${formatBytes(usedBytes)}）。`}
        description="文件类型按文件内容识别，改扩展名无效。营业执照可直接从证照库获取（A级可信），无需上传扫描件。"
      />
      {props.checklist.map((entry) => {
        const attached = materials.filter((material) => material.itemMaterial?.id === entry.id);
        const fetched = attached.find((material) => material.licenseSnapshot);
        const choice = licenseChoice[entry.id] ?? (entry.licenseType ? 'fetch' : 'upload');
        return (
          <div className="material-row" key={entry.id} data-testid="material-row" data-material={entry.name}>
            <div className="material-row__head">
              <Text strong>{entry.name}</Text>
              {entry.required ? <Tag color="red">必需</Tag> : <Tag>可选</Tag>}
              {attached.length > 0 && <Tag color="blue">已提供</Tag>}
            </div>
            {attached.map((material) =>
              material.licenseSnapshot ? (
                <div key={material.id} style={{ marginBottom: 8 }}>
                  <LicenseSnapshotView snapshot={material.licenseSnapshot} />
                  <div className="material-row__file" style={{ marginTop: 8 }}>
                    {material.downloadUrl && (
                      <a href={material.downloadUrl} target="_blank" rel="noreferrer">
                        查看证照文件
                      </a>
                    )}
                    <Popconfirm
                      title="删除后需重新获取（需新的验证码）。确定删除？"
                      onConfirm={() => remove(material.id)}
                    >
                      <Button size="small" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  </div>
                </div>
              ) : (
                <div className="material-row__file" key={material.id}>
                  <Text>{material.fileName ?? material.name}</Text>
                  <Text type="secondary">{formatBytes(material.sizeBytes)}</Text>
                  <Tag>{TRUST_LEVEL_LABELS[material.trustLevel] ?? material.trustLevel}</Tag>
                  {material.downloadUrl && (
                    <a href={material.downloadUrl} target="_blank" rel="noreferrer">
                      查看
                    </a>
                  )}
                  <Popconfirm title="确定删除该文件？" onConfirm={() => remove(material.id)}>
                    <Button size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                </div>
              ),
            )}
            {entry.licenseType && !fetched && (
              <Radio.Group
                style={{ marginBottom: 8 }}
                value={choice}
                onChange={(event) =>
                  setLicenseChoice((current) => ({ ...current, [entry.id]: event.target.value }))
                }
                options={[
                  { value: 'fetch', label: '获取证照库文件' },
                  { value: 'upload', label: '上传文件' },
                ]}
              />
            )}
            {entry.licenseType && !fetched && choice === 'fetch'
              ? props.renderLicenseFetch(entry)
              : !fetched && (
                  <Upload
                    accept={ACCEPT}
                    showUploadList={false}
                    multiple={false}
                    customRequest={({ file }) => {
                      if (file instanceof File) void upload(entry, file);
                    }}
                  >
                    <Button
                      icon={<UploadOutlined />}
                      loading={uploading === entry.id}
                      aria-label={`上传${entry.name}`}
                    >
                      {attached.length > 0 ? '继续上传' : '上传文件'}
                    </Button>
                  </Upload>
                )}
            {errors[entry.id] && (
              <Alert type="error" showIcon role="alert" style={{ marginTop: 8 }} title={errors[entry.id]} />
            )}
          </div>
        );
      })}
    </>
  );
}
