'use client';

import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Currency } from '@/gql/graphql';
import { isTwoPlaceDecimal, sumTwoPlaceDecimals } from '@/lib/decimal-text';
import { CURRENCIES, CURRENCY_LABELS } from '@/lib/labels';
import { Text } from '@/components/typography';

/** The form's values of 项目信息 (all optional while it is a 暂存件). */
export type ProjectValues = {
  projectName?: string;
  location?: string;
  totalInvestment?: { amount?: string | null; currency?: Currency | null };
  investors?: { name?: string; countryOrRegion?: string; sharePercent?: string | null }[];
  industry?: string;
  constructionContent?: string;
};

const required = (message: string) => ({ required: true, whitespace: true, message });

/** 所属行业: the 国民经济行业分类 sections a foreign-invested project is usually filed under. */
const INDUSTRIES = [
  '农、林、牧、渔业',
  '采矿业',
  '制造业',
  '电力、热力、燃气及水生产和供应业',
  '建筑业',
  '批发和零售业',
  '交通运输、仓储和邮政业',
  '信息传输、软件和信息技术服务业',
  '金融业',
  '房地产业',
  '租赁和商务服务业',
  '科学研究和技术服务业',
  '水利、环境和公共设施管理业',
  '卫生和社会工作',
  '文化、体育和娱乐业',
];

/** 持股比例 合计, shown under the investors as they are typed; it must be exactly 100 to submit. */
function ShareTotal() {
  const form = Form.useFormInstance<ProjectValues>();
  const investors = Form.useWatch('investors', form) ?? [];
  const total = sumTwoPlaceDecimals(investors.map((investor) => investor?.sharePercent));
  return (
    <Text type={total === '100' ? 'success' : 'warning'} data-testid="share-total">
      持股比例合计：{total}%{total === '100' ? '' : '（合计须为100%）'}
    </Text>
  );
}

/** Step 1, 项目信息: 项目名称, 建设地点, 总投资 and 币种, 外国投资者 and 持股比例, 所属行业, 建设内容. */
export function ProjectInfoFields() {
  return (
    <>
      <Form.Item name="projectName" label="项目名称" rules={[required('请填写项目名称')]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="location" label="建设地点" rules={[required('请填写建设地点')]}>
        <Input maxLength={200} placeholder="例如：天津市津南区咸水沽镇" />
      </Form.Item>
      <Form.Item label="总投资" required extra="单位：万元（所选币种），最多两位小数。">
        <Space.Compact style={{ width: '100%', maxWidth: 360 }}>
          <Form.Item name={['totalInvestment', 'currency']} noStyle initialValue="CNY">
            <Select
              aria-label="币种"
              style={{ width: 110 }}
              options={CURRENCIES.map((currency) => ({ value: currency, label: CURRENCY_LABELS[currency] }))}
            />
          </Form.Item>
          <Form.Item
            name={['totalInvestment', 'amount']}
            noStyle
            rules={[
              { required: true, message: '请填写总投资' },
              {
                validator: (_, value) =>
                  value === undefined ||
                  value === null ||
                  value === '' ||
                  (isTwoPlaceDecimal(String(value)) && Number(value) > 0)
                    ? Promise.resolve()
                    : Promise.reject(new Error('总投资须为正数，最多两位小数')),
              },
            ]}
          >
            <InputNumber<string>
              aria-label="总投资（万元）"
              stringMode
              min="0"
              precision={2}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Space.Compact>
      </Form.Item>

      <Form.Item label="外国投资者" required>
        <Form.List
          name="investors"
          rules={[
            {
              validator: async (_, investors: ProjectValues['investors']) => {
                if (!investors || investors.length === 0) throw new Error('请至少填写一个外国投资者');
                if (sumTwoPlaceDecimals(investors.map((i) => i?.sharePercent)) !== '100') {
                  throw new Error('外国投资者持股比例合计须为100%');
                }
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <div className="investor-row" key={field.key} data-testid="investor-row">
                  <Form.Item
                    name={[field.name, 'name']}
                    label={`投资者名称${index + 1}`}
                    rules={[required('请填写投资者名称')]}
                  >
                    <Input aria-label={`投资者名称${index + 1}`} placeholder="投资者名称" maxLength={100} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'countryOrRegion']}
                    label={`国别（地区）${index + 1}`}
                    rules={[required('请填写国别（地区）')]}
                  >
                    <Input
                      aria-label={`国别（地区）${index + 1}`}
                      placeholder="国别（地区）"
                      maxLength={50}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'sharePercent']}
                    label={`持股比例${index + 1}`}
                    rules={[{ required: true, message: '请填写持股比例' }]}
                  >
                    <InputNumber<string>
                      aria-label={`持股比例${index + 1}`}
                      placeholder="持股比例"
                      stringMode
                      min="0.01"
                      max="100"
                      precision={2}
                      suffix="%"
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                  <Button
                    className="investor-row__remove"
                    aria-label={`删除投资者${index + 1}`}
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                添加外国投资者
              </Button>
              <div style={{ marginTop: 8 }}>
                <ShareTotal />
              </div>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form.Item>

      <Form.Item name="industry" label="所属行业" rules={[required('请选择所属行业')]}>
        <Select
          aria-label="所属行业"
          showSearch
          placeholder="请选择"
          options={INDUSTRIES.map((industry) => ({ value: industry, label: industry }))}
          style={{ maxWidth: 360 }}
        />
      </Form.Item>
      <Form.Item name="constructionContent" label="建设内容" rules={[required('请填写建设内容')]}>
        <Input.TextArea
          rows={4}
          maxLength={2000}
          showCount
          placeholder="建设规模、主要建设内容及产品方案等"
        />
      </Form.Item>
    </>
  );
}
