'use client';

import { useRouter } from 'next/navigation';
import { App, Button, Form, Input, Radio, Rate } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import type { EvaluationDimension, EvaluationLevel } from '@/gql/graphql';
import { EVALUATION_DIMENSION_LABELS, EVALUATION_LEVELS, EVALUATION_LEVEL_LABELS } from '@/lib/labels';
import { useFormSubmission } from '@/lib/use-form-submission';
import { FormAlert } from '@/components/layout/FormAlert';
import { Paragraph } from '@/components/typography';

const SubmitEvaluationMutation = graphql(`
  mutation SubmitEvaluation($input: SubmitEvaluationInput!) {
    submitEvaluation(input: $input) {
      evaluation {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Values = {
  level?: EvaluationLevel;
  scores?: Record<string, number | undefined>;
  comment?: string;
};

const FIELDS = ['level', 'comment', 'scores'] as const;

/**
 * The 评价 form of a completed case: one of the five grades, optional 1–5 scores per dimension, and a comment,
 * which 不满意 and 非常不满意 require (the guide: otherwise it cannot be submitted; the API refuses it too).
 */
export function EvaluationForm(props: {
  caseId: string;
  dimensions: readonly EvaluationDimension[];
  commentMaxLength: number;
  /** the grades that need a comment (evaluationRules.badLevels) */
  badLevels: readonly string[];
  viewHref: string;
}) {
  const [form] = Form.useForm<Values>();
  const level = Form.useWatch('level', form);
  const { alert, pending, submit } = useFormSubmission({
    form,
    fields: FIELDS,
    aliases: { dimensionScores: 'scores' },
  });
  const [, evaluate] = useMutation(SubmitEvaluationMutation);
  const router = useRouter();
  const { message } = App.useApp();
  const isBad = (value: string | null | undefined) => Boolean(value && props.badLevels.includes(value));
  const bad = isBad(level);

  async function onFinish(values: Values) {
    const dimensionScores = Object.entries(values.scores ?? {})
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0)
      .map(([dimension, score]) => ({ dimension: dimension as EvaluationDimension, score }));
    const input = {
      caseId: props.caseId,
      level: values.level!,
      comment: values.comment?.trim() || null,
      dimensionScores,
      channel: 'PC' as const,
    };
    if (
      await submit(
        () => evaluate({ input }),
        (data) => data.submitEvaluation,
      )
    ) {
      message.success('评价已提交，感谢您的评价');
      router.push(props.viewHref);
      router.refresh();
    }
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={pending}
      onFinish={onFinish}
      className="evaluation-form"
      data-testid="evaluation-form"
    >
      <FormAlert messages={alert} />
      <Form.Item name="level" label="总体评价" rules={[{ required: true, message: '请选择总体评价' }]}>
        <Radio.Group
          className="evaluation-form__levels"
          optionType="button"
          buttonStyle="solid"
          options={EVALUATION_LEVELS.map((value) => ({ value, label: EVALUATION_LEVEL_LABELS[value] }))}
        />
      </Form.Item>
      {props.dimensions.length > 0 && (
        <fieldset className="evaluation-form__dimensions">
          <legend>分项评分（选填，1–5 星）</legend>
          {props.dimensions.map((dimension) => (
            <Form.Item
              key={dimension}
              name={['scores', dimension]}
              label={EVALUATION_DIMENSION_LABELS[dimension]}
              className="evaluation-form__dimension"
            >
              <Rate aria-label={EVALUATION_DIMENSION_LABELS[dimension]} />
            </Form.Item>
          ))}
        </fieldset>
      )}
      <Form.Item
        name="comment"
        label="评价内容"
        dependencies={['level']}
        extra={
          bad
            ? `选择“不满意”“非常不满意”时必须填写评价内容，最多 ${props.commentMaxLength} 字。`
            : `选填，最多 ${props.commentMaxLength} 字。`
        }
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              if (isBad(form.getFieldValue('level')) && !value?.trim()) {
                throw new Error('选择“不满意”“非常不满意”时，请填写评价内容');
              }
            },
          },
        ]}
        required={bad}
      >
        <Input.TextArea rows={4} maxLength={props.commentMaxLength} showCount />
      </Form.Item>
      <Paragraph type="secondary">评价提交后不能修改。</Paragraph>
      <Button type="primary" htmlType="submit" loading={pending}>
        提交评价
      </Button>
    </Form>
  );
}
