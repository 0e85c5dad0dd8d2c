'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Alert, App, Button, Popconfirm, Tag, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@urql/next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatBytes } from '@/lib/decimal-text';
import { useFormSubmission } from '@/lib/use-form-submission';
import { UserErrorFieldsFragment } from '@/lib/mutation-outcome';
import { uploadMaterial } from '@/components/apply/upload-material';
import { FormAlert } from '@/components/layout/FormAlert';
import { Text } from '@/components/typography';

export const CorrectionForm_CorrectionFragment = graphql(`
  fragment CorrectionForm_Correction on CaseCorrection {
    items {
      name
      materials {
        id
        fileName
        sizeBytes
        downloadUrl
      }
    }
  }
`);

const SubmitCorrectionMutation = graphql(`
  mutation SubmitCorrection($input: SubmitCorrectionInput!) {
    submitCorrection(input: $input) {
      case {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RemoveCorrectionMaterialMutation = graphql(`
  mutation RemoveCorrectionMaterial($input: RemoveCorrectionMaterialInput!) {
    removeCorrectionMaterial(input: $input) {
      removedMaterialId
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The upload button's words (its accessible name adds the material, keeping these visible words first). */
const uploadLabel = (uploaded: number) => (uploaded > 0 ? '继续上传' : '上传文件');

/** File endings the picker offers; the API decides the type from the content anyway. */
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.ofd';

/**
 * Each material of the 补正 notice with its uploads (查看, 删除) and 上传文件, then 提交补正. A refusal for one
 * material (none uploaded) shows at that material; others (the case is no longer in 补正) above the button.
 */
export function CorrectionForm(props: {
  caseId: string;
  correction: FragmentType<typeof CorrectionForm_CorrectionFragment>;
  limits: { maxFileBytes: number; maxCaseBytes: number };
}) {
  const { items } = useFragment(CorrectionForm_CorrectionFragment, props.correction);
  const router = useRouter();
  const { message } = App.useApp();
  const [, submitCorrection] = useMutation(SubmitCorrectionMutation);
  const [, removeMaterial] = useMutation(RemoveCorrectionMaterialMutation);
  const [uploading, setUploading] = useState<string>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const removal = useFormSubmission({ report: (messages) => message.error(messages.join(' ')) });
  // A material without a file is shown at that material (field ["input", "materials", <name>]), not above.
  const submission = useFormSubmission({ fields: ['materials'] });
  const caseHref = `/personal/cases/${encodeURIComponent(props.caseId)}`;
  const setError = (name: string, text: string) => setErrors((current) => ({ ...current, [name]: text }));

  async function upload(name: string, file: File) {
    setError(name, '');
    if (file.size > props.limits.maxFileBytes) {
      setError(name, `文件过大：单个文件不能超过 ${formatBytes(props.limits.maxFileBytes)}。`);
      return;
    }
    setUploading(name);
    try {
      const outcome = await uploadMaterial({ caseId: props.caseId, correctionMaterial: name, file });
      if (outcome.error) {
        setError(name, outcome.error);
      } else {
        message.success(`已上传：${file.name}`);
        router.refresh();
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
        (data) => data.removeCorrectionMaterial,
      )
    ) {
      router.refresh();
    }
  }

  async function submit() {
    setErrors({});
    const payload = await submission.submit(
      () => submitCorrection({ input: { caseId: props.caseId } }),
      (data) => data.submitCorrection,
      (refusal) => {
        for (const error of useFragment(UserErrorFieldsFragment, refusal.userErrors)) {
          if (error.field?.[1] === 'materials' && error.field[2]) setError(error.field[2], error.message);
        }
      },
    );
    if (payload) {
      message.success('补正材料已提交，办件已退回审批部门办理。');
      router.push(caseHref);
      router.refresh();
    }
  }

  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`请按补正通知逐项上传材料。支持 PDF、JPG、PNG、OFD 格式；单个文件不超过 ${formatBytes(props.limits.maxFileBytes)}，本件材料合计不超过 ${formatBytes(props.limits.maxCaseBytes)}。`}
        description="每项材料至少上传一个文件后才能提交补正；提交后材料送审批部门，不能再修改或删除。"
      />
      {items.map((item) => (
        <div className="material-row" key={item.name} data-testid="correction-row" data-material={item.name}>
          <div className="material-row__head">
            <Text strong>{item.name}</Text>
            {item.materials.length > 0 ? <Tag color="blue">已上传</Tag> : <Tag color="orange">待上传</Tag>}
          </div>
          {item.materials.map((material) => (
            <div className="material-row__file" key={material.id}>
              <Text>{material.fileName}</Text>
              <Text type="secondary">{formatBytes(material.sizeBytes)}</Text>
              {material.downloadUrl && (
                <a href={material.downloadUrl} target="_blank" rel="noreferrer">
                  查看
                </a>
              )}
              <Popconfirm title="确定删除该文件？" onConfirm={() => remove(material.id)}>
                <Button size="small" danger aria-label={`删除：${material.fileName ?? ''}`}>
                  删除
                </Button>
              </Popconfirm>
            </div>
          ))}
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            multiple={false}
            customRequest={({ file }) => {
              if (file instanceof File) void upload(item.name, file);
            }}
          >
            <Button
              icon={<UploadOutlined />}
              loading={uploading === item.name}
              aria-label={`${uploadLabel(item.materials.length)}：${item.name}`}
            >
              {uploadLabel(item.materials.length)}
            </Button>
          </Upload>
          {errors[item.name] && (
            <Alert type="error" showIcon role="alert" style={{ marginTop: 8 }} title={errors[item.name]} />
          )}
        </div>
      ))}
      <FormAlert messages={submission.alert} />
      <Popconfirm
        title="提交补正"
        description="提交后材料将送审批部门，不能再修改。确定提交？"
        onConfirm={submit}
        okText="提交"
        cancelText="取消"
      >
        <Button type="primary" loading={submission.pending}>
          提交补正
        </Button>
      </Popconfirm>
    </>
  );
}
