'use client';

import { useId, useRef } from 'react';
import { FormField } from '@/components/form/FormField';
import { FormFieldset } from '@/components/form/FormFieldset';
import { CURRENCIES, CURRENCY_LABELS } from '@/lib/labels';
import {
  decimalKeystrokes,
  emptyInvestor,
  shareTotal,
  toTwoPlaces,
  type InvestorValues,
  type ProjectErrors,
  type ProjectValues,
} from './project-values';

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

const CONTENT_MAX = 2000;

/** 持股比例 合计, shown under the investors as they are typed; it must be exactly 100 to submit. */
function ShareTotal({ investors }: { investors: readonly InvestorValues[] }) {
  const total = shareTotal(investors);
  return (
    <p
      className={total === '100' ? 'share-total share-total--done' : 'share-total'}
      data-testid="share-total"
    >
      持股比例合计：{total}%{total === '100' ? '' : '（合计须为100%）'}
    </p>
  );
}

/**
 * Step 1, 项目信息, in plain controls: 项目名称, 建设地点, 总投资 and 币种, 外国投资者 rows (each field labelled,
 * also stacked on a phone) and 持股比例, 所属行业, 建设内容. The wizard holds the values and the messages.
 */
export function ProjectInfoFields(props: {
  values: ProjectValues;
  errors: ProjectErrors;
  onChange: (values: ProjectValues) => void;
}) {
  const id = useId();
  const { values, errors } = props;
  const nextKey = useRef(Math.max(0, ...values.investors.map((investor) => investor.key)) + 1);
  const set = <Field extends keyof ProjectValues>(field: Field, value: ProjectValues[Field]) =>
    props.onChange({ ...values, [field]: value });
  const setInvestor = (index: number, change: Partial<InvestorValues>) =>
    set(
      'investors',
      values.investors.map((investor, at) => (at === index ? { ...investor, ...change } : investor)),
    );
  const text = (field: 'projectName' | 'location' | 'constructionContent') => ({
    name: field,
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
  });

  return (
    <div className="project-fields">
      <FormField id={`${id}-name`} label="项目名称" required error={errors.projectName}>
        {(control) => <input {...control} className="text-input" maxLength={100} {...text('projectName')} />}
      </FormField>
      <FormField id={`${id}-location`} label="建设地点" required error={errors.location}>
        {(control) => (
          <input
            {...control}
            className="text-input"
            maxLength={200}
            placeholder="例如：天津市津南区咸水沽镇"
            {...text('location')}
          />
        )}
      </FormField>

      <FormFieldset
        id={`${id}-investment`}
        legend="总投资"
        required
        help="单位：万元（所选币种），最多两位小数。"
      >
        <div className="investment-fields">
          <div className="investment-fields__currency">
            <label htmlFor={`${id}-currency`} className="form-field__label">
              币种
            </label>
            <select
              id={`${id}-currency`}
              name="currency"
              className="select-input"
              value={values.currency}
              onChange={(event) => set('currency', event.currentTarget.value as ProjectValues['currency'])}
            >
              {CURRENCIES.map((currency) => (
                <option key={currency} value={currency}>
                  {CURRENCY_LABELS[currency]}
                </option>
              ))}
            </select>
          </div>
          <FormField id={`${id}-amount`} label="总投资（万元）" error={errors.amount}>
            {(control) => (
              <input
                {...control}
                name="amount"
                className="text-input"
                inputMode="decimal"
                autoComplete="off"
                maxLength={16}
                value={values.amount}
                onChange={(event) => set('amount', decimalKeystrokes(event.currentTarget.value))}
                onBlur={() => set('amount', toTwoPlaces(values.amount))}
              />
            )}
          </FormField>
        </div>
      </FormFieldset>

      <FormFieldset id={`${id}-investors`} legend="外国投资者" required error={errors.investors}>
        {values.investors.map((investor, index) => {
          const n = index + 1;
          const at = (field: keyof InvestorValues) => errors[`investors.${index}.${field}`];
          return (
            <div className="investor-row" key={investor.key} data-testid="investor-row">
              <FormField
                id={`${id}-investor-${investor.key}-name`}
                label={`投资者名称${n}`}
                error={at('name')}
              >
                {(control) => (
                  <input
                    {...control}
                    className="text-input"
                    maxLength={100}
                    value={investor.name}
                    onChange={(event) => setInvestor(index, { name: event.currentTarget.value })}
                  />
                )}
              </FormField>
              <FormField
                id={`${id}-investor-${investor.key}-country`}
                label={`国别（地区）${n}`}
                error={at('countryOrRegion')}
              >
                {(control) => (
                  <input
                    {...control}
                    className="text-input"
                    maxLength={50}
                    value={investor.countryOrRegion}
                    onChange={(event) => setInvestor(index, { countryOrRegion: event.currentTarget.value })}
                  />
                )}
              </FormField>
              <FormField
                id={`${id}-investor-${investor.key}-share`}
                label={`持股比例${n}`}
                error={at('sharePercent')}
              >
                {(control) => (
                  <span className="percent-input">
                    <input
                      {...control}
                      className="text-input"
                      inputMode="decimal"
                      autoComplete="off"
                      maxLength={6}
                      value={investor.sharePercent}
                      onChange={(event) =>
                        setInvestor(index, { sharePercent: decimalKeystrokes(event.currentTarget.value) })
                      }
                      onBlur={() => setInvestor(index, { sharePercent: toTwoPlaces(investor.sharePercent) })}
                    />
                    <span aria-hidden="true">%</span>
                  </span>
                )}
              </FormField>
              <button
                type="button"
                className="button investor-row__remove"
                aria-label={`删除投资者${n}`}
                onClick={() =>
                  set(
                    'investors',
                    values.investors.filter((_, at) => at !== index),
                  )
                }
              >
                删除
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--dashed"
          onClick={() => set('investors', [...values.investors, emptyInvestor(nextKey.current++)])}
        >
          + 添加外国投资者
        </button>
        <ShareTotal investors={values.investors} />
      </FormFieldset>

      <FormField id={`${id}-industry`} label="所属行业" required error={errors.industry}>
        {(control) => (
          <select
            {...control}
            name="industry"
            className="select-input"
            value={values.industry}
            onChange={(event) => set('industry', event.currentTarget.value)}
          >
            <option value="">请选择</option>
            {INDUSTRIES.map((industry) => (
              <option key={industry} value={industry}>
                {industry}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={`${id}-content`}
        label="建设内容"
        required
        error={errors.constructionContent}
        help={
          <>
            <span className="form-row__count" aria-hidden="true">
              {values.constructionContent.length} / {CONTENT_MAX}
            </span>
            建设规模、主要建设内容及产品方案等，最多 {CONTENT_MAX} 字。
          </>
        }
      >
        {(control) => (
          <textarea
            {...control}
            className="text-input"
            rows={4}
            maxLength={CONTENT_MAX}
            {...text('constructionContent')}
          />
        )}
      </FormField>
    </div>
  );
}
