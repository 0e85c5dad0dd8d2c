'use client';

import { useState } from 'react';
import {
  Alert,
  Button,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  type DatePickerProps,
} from 'antd';
import { useMutation, useQuery } from '@urql/next';
import { graphql } from '@/gql';
import { cstDayOf, cstWallTimeToIso } from '@/lib/format';
import { idNumberProblem, normalizeIdNumber, type IdNumberProblem } from '@/lib/id-number';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormAlert } from '@/components/layout/FormAlert';

const ServiceItemsQuery = graphql(`
  query WindowServiceItems($departmentId: ID!) {
    serviceItems(departmentId: $departmentId) {
      id
      name
    }
  }
`);

const LookUpCitizenMutation = graphql(`
  mutation LookUpCitizen($idNumber: String!) {
    lookUpCitizen(idNumber: $idNumber) {
      citizen {
        id
        name
        maskedIdNumber
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RecordWindowCaseMutation = graphql(`
  mutation RecordWindowCase($input: RecordWindowCaseInput!) {
    recordWindowCase(input: $input) {
      case {
        id
        businessNumber
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Values = {
  applicantIdNumber: string;
  departmentId?: string;
  itemId?: string;
  businessNumber: string;
  appliedAt?: Exclude<NonNullable<DatePickerProps['value']>, unknown[]>;
};

const FIELDS = ['applicantIdNumber', 'departmentId', 'itemId', 'businessNumber', 'appliedAt'] as const;
// lookUpCitizen names its argument `idNumber`.
const ALIASES = { idNumber: 'applicantIdNumber' };

const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  FORMAT: '身份证号应为18位：17位数字加1位校验码（数字或X）。',
  BIRTH_DATE: '身份证号中的出生日期不正确，请核对。',
  CHECK_DIGIT: '身份证号校验位不正确，请核对。',
};

type Citizen = { idNumber: string; name: string; maskedIdNumber: string };

/**
 * 窗口收件 form: find the applicant by ID number (checked here for instant feedback, then by the API, which
 * audits every look-up), pick 审批部门 and 审批事项, and record the window system's 业务编号 and 申请时间.
 */
export function WindowIntakeForm({ departments }: { departments: { id: string; name: string }[] }) {
  const [form] = Form.useForm<Values>();
  const departmentId = Form.useWatch('departmentId', form);
  const [citizen, setCitizen] = useState<Citizen | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const lookUp = useFormSubmission({ form, fields: FIELDS, aliases: ALIASES });
  const recording = useFormSubmission({ form, fields: FIELDS, aliases: ALIASES });
  const [, record] = useMutation(RecordWindowCaseMutation);
  const [, lookUpCitizen] = useMutation(LookUpCitizenMutation);
  const [items] = useQuery({
    query: ServiceItemsQuery,
    variables: { departmentId: departmentId ?? '' },
    pause: !departmentId,
  });

  async function onLookUp() {
    recording.setAlert([]);
    lookUp.setAlert([]);
    setRecorded(null);
    try {
      await form.validateFields(['applicantIdNumber']);
    } catch {
      return;
    }
    const idNumber = normalizeIdNumber(form.getFieldValue('applicantIdNumber') ?? '');
    const payload = await lookUp.submit(
      () => lookUpCitizen({ idNumber }),
      (data) => data.lookUpCitizen,
    );
    if (payload?.citizen) {
      setCitizen({ idNumber, name: payload.citizen.name, maskedIdNumber: payload.citizen.maskedIdNumber });
    }
  }

  async function onFinish(values: Values) {
    lookUp.setAlert([]);
    setRecorded(null);
    const idNumber = normalizeIdNumber(values.applicantIdNumber);
    if (citizen?.idNumber !== idNumber) {
      form.setFields([{ name: 'applicantIdNumber', errors: ['请先点击“查询”，核对申请人身份。'] }]);
      return;
    }
    const appliedAt = cstWallTimeToIso(values.appliedAt?.format('YYYY-MM-DD HH:mm:ss'));
    if (!appliedAt || !values.itemId) return; // the form's rules already require both
    const businessNumber = values.businessNumber.trim();
    const input = { applicantIdNumber: idNumber, itemId: values.itemId, businessNumber, appliedAt };
    const payload = await recording.submit(
      () => record({ input }),
      (data) => data.recordWindowCase,
    );
    if (payload) {
      setRecorded(payload.case?.businessNumber ?? businessNumber);
      setCitizen(null);
      form.resetFields();
    }
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      style={{ maxWidth: 640 }}
      onFinish={onFinish}
      onValuesChange={(changed: Partial<Values>) => {
        if ('applicantIdNumber' in changed) setCitizen(null);
        if ('departmentId' in changed) form.setFieldValue('itemId', undefined);
      }}
      disabled={recording.pending}
    >
      {recorded && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title="登记成功"
          description={`业务编号：${recorded}。办件已进入申请人的“我的办件”。`}
        />
      )}
      <FormAlert messages={[...lookUp.alert, ...recording.alert]} />

      <Form.Item label="身份证号" required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="applicantIdNumber"
            noStyle
            validateFirst
            rules={[
              { required: true, whitespace: true, message: '请输入申请人的身份证号' },
              {
                validator: async (_, value: string | undefined) => {
                  const problem = value ? idNumberProblem(value) : null;
                  if (problem) throw new Error(ID_NUMBER_MESSAGES[problem]);
                },
              },
            ]}
          >
            <Input aria-label="身份证号" maxLength={18} autoComplete="off" placeholder="18位居民身份证号" />
          </Form.Item>
          <Button onClick={() => void onLookUp()} loading={lookUp.pending}>
            查询
          </Button>
        </Space.Compact>
      </Form.Item>
      {citizen && (
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          style={{ marginBottom: 24 }}
          data-testid="citizen-match"
          items={[
            { key: 'name', label: '申请人', children: citizen.name },
            { key: 'id', label: '身份证号', children: citizen.maskedIdNumber },
          ]}
        />
      )}

      <Form.Item name="departmentId" label="审批部门" rules={[{ required: true, message: '请选择审批部门' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="请选择审批部门"
          options={departments.map((department) => ({ value: department.id, label: department.name }))}
        />
      </Form.Item>
      <Form.Item name="itemId" label="审批事项" rules={[{ required: true, message: '请选择审批事项' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={departmentId ? '请选择审批事项' : '请先选择审批部门'}
          disabled={!departmentId}
          loading={items.fetching}
          notFoundContent={items.error ? '审批事项加载失败，请重新选择审批部门' : '该部门暂无审批事项'}
          options={(departmentId ? (items.data?.serviceItems ?? []) : []).map((item) => ({
            value: item.id,
            label: item.name,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="businessNumber"
        label="业务编号"
        extra="窗口业务系统生成的业务编号，按原样填写。"
        rules={[{ required: true, whitespace: true, message: '请输入业务编号' }]}
      >
        <Input maxLength={64} autoComplete="off" placeholder="例如：191107191733256400" />
      </Form.Item>
      <Form.Item
        name="appliedAt"
        label="申请时间（北京时间）"
        rules={[{ required: true, message: '请选择申请时间' }]}
      >
        <DatePicker
          showTime
          format="YYYY-MM-DD HH:mm:ss"
          placeholder="请选择申请时间"
          disabledDate={(day) => day.format('YYYY-MM-DD') > cstDayOf()}
          style={{ width: 240, maxWidth: '100%' }}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={recording.pending}>
        提交
      </Button>
    </Form>
  );
}
