'use client';

import { useRouter } from 'next/navigation';
import { Button, Form, Input, Radio, Select } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import type { QuestionKind } from '@/gql/graphql';
import { QUESTION_KIND_LABELS, QUESTION_KINDS } from '@/lib/labels';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormAlert } from '@/components/layout/FormAlert';

const AskQuestionMutation = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      question {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Fields = { itemId: string; kind: QuestionKind; body: string };

/**
 * 咨询 / 投诉: the item (its department answers), 咨询 or 投诉, and the text (at most the API's limit, counted).
 * The API's refusals go to their field; on success 咨询投诉 lists it.
 */
export function AskQuestionForm(props: {
  items: readonly { id: string; name: string; departmentName: string }[];
  itemId: string | undefined;
  kind: QuestionKind;
  bodyMaxLength: number;
}) {
  const [form] = Form.useForm<Fields>();
  const [, ask] = useMutation(AskQuestionMutation);
  const { alert, pending, submit } = useFormSubmission({ form, fields: ['itemId', 'kind', 'body'] });
  const router = useRouter();

  async function onFinish(fields: Fields) {
    const payload = await submit(
      () => ask({ input: { ...fields, body: fields.body.trim() } }),
      (data) => data.askQuestion,
    );
    if (!payload) return;
    router.push('/personal/questions');
    router.refresh();
  }

  return (
    <Form
      form={form}
      name="ask-question"
      layout="vertical"
      disabled={pending}
      onFinish={onFinish}
      requiredMark={false}
      initialValues={{ itemId: props.itemId, kind: props.kind }}
    >
      <FormAlert messages={alert} />
      <Form.Item name="kind" label="类型">
        <Radio.Group>
          {QUESTION_KINDS.map((kind) => (
            <Radio key={kind} value={kind}>
              {QUESTION_KIND_LABELS[kind]}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="itemId" label="办事事项" rules={[{ required: true, message: '请选择办事事项' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="输入事项名称查找"
          options={props.items.map((item) => ({
            value: item.id,
            label: `${item.name}（${item.departmentName}）`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="body"
        label="内容"
        extra={`最多 ${props.bodyMaxLength} 字。`}
        rules={[{ required: true, whitespace: true, message: '请输入内容' }]}
      >
        <Input.TextArea rows={5} maxLength={props.bodyMaxLength} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        提交
      </Button>
    </Form>
  );
}
