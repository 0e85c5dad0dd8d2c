'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import type { RecordWindowCaseInput } from '@/gql/graphql';
import { cstDayOf, cstWallTimeToIso } from '@/lib/format';
import { idNumberProblem, normalizeIdNumber, type IdNumberProblem } from '@/lib/id-number';
import { REQUEST_ERROR_LABELS } from '@/lib/labels';
import { mutationOutcome, type MutationResult, type PayloadWithUserErrors } from '@/lib/mutation-outcome';
import { FormField } from '@/components/form/FormField';
import { Notice } from '@/components/layout/Notice';

const FIELDS = ['applicantIdNumber', 'departmentId', 'itemId', 'businessNumber', 'appliedAt'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;
// lookUpCitizen names its argument `idNumber`.
const ALIASES = { idNumber: 'applicantIdNumber' };

const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  FORMAT: '身份证号应为18位：17位数字加1位校验码（数字或X）。',
  BIRTH_DATE: '身份证号中的出生日期不正确，请核对。',
  CHECK_DIGIT: '身份证号校验位不正确，请核对。',
};

const REQUIRED: Record<Field, string> = {
  applicantIdNumber: '请输入申请人的身份证号',
  departmentId: '请选择审批部门',
  itemId: '请选择审批事项',
  businessNumber: '请输入业务编号',
  appliedAt: '请选择申请时间',
};

type Citizen = { idNumber: string; name: string; maskedIdNumber: string };
type Item = { id: string; name: string };
type Payload<Extra> = MutationResult<PayloadWithUserErrors & Extra>;

/** The server actions the page gives the form (app/(staff)/staff/window/actions.ts). */
export type WindowIntakeActions = {
  items: (departmentId: string) => Promise<Item[]>;
  lookUp: (
    idNumber: string,
  ) => Promise<Payload<{ citizen?: { name: string; maskedIdNumber: string } | null }>>;
  record: (input: RecordWindowCaseInput) => Promise<Payload<{ case?: { businessNumber: string } | null }>>;
};

function idNumberMessage(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const problem = idNumberProblem(value);
  return problem ? ID_NUMBER_MESSAGES[problem] : undefined;
}

/**
 * 窗口收件 form in plain HTML (no UI library): find the applicant by ID number (checked here for instant
 * feedback, then by the API, which audits every look-up; shown masked), pick 审批部门 and 审批事项, and record
 * the window system's 业务编号 and 申请时间 (CST wall-clock time, never in the future).
 */
export function WindowIntakeForm(props: { departments: Item[]; actions: WindowIntakeActions }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [idNumber, setIdNumber] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [items, setItems] = useState<{ departmentId: string; list: Item[] | 'error' } | null>(null);
  const [itemId, setItemId] = useState('');
  const [businessNumber, setBusinessNumber] = useState('');
  const [appliedAt, setAppliedAt] = useState('');
  const [citizen, setCitizen] = useState<Citizen | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [alert, setAlert] = useState<string[]>([]);
  const [pending, setPending] = useState<'lookUp' | 'record' | null>(null);

  const setError = (field: Field, message: string | undefined) =>
    setErrors((current) => ({ ...current, [field]: message }));

  /** Runs an action: refusals go to their fields or the alert; answers the payload when accepted. */
  async function run<Extra>(kind: 'lookUp' | 'record', action: () => Promise<Payload<Extra>>) {
    setPending(kind);
    setAlert([]);
    setRecorded(null);
    try {
      const outcome = mutationOutcome(await action(), (payload) => payload, FIELDS, ALIASES);
      if (outcome.ok) return outcome.payload;
      setErrors((current) => ({
        ...current,
        ...Object.fromEntries(outcome.fields.map((field) => [field.name, field.errors.join(' ')])),
      }));
      setAlert(outcome.others);
    } catch {
      setAlert([REQUEST_ERROR_LABELS.OTHER]);
    } finally {
      setPending(null);
    }
    return undefined;
  }

  async function onLookUp() {
    const problem = idNumber.trim() ? idNumberMessage(idNumber) : REQUIRED.applicantIdNumber;
    setError('applicantIdNumber', problem);
    if (problem) return;
    const normalized = normalizeIdNumber(idNumber);
    const payload = await run('lookUp', () => props.actions.lookUp(normalized));
    if (payload?.citizen) {
      setCitizen({ idNumber: normalized, ...payload.citizen });
    }
  }

  async function onDepartment(value: string) {
    setDepartmentId(value);
    setItemId('');
    setError('departmentId', undefined);
    setItems(null);
    if (!value) return;
    try {
      const list = await props.actions.items(value);
      setItems({ departmentId: value, list });
    } catch {
      setItems({ departmentId: value, list: 'error' });
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = { applicantIdNumber: idNumber, departmentId, itemId, businessNumber, appliedAt };
    const missing: Errors = {};
    for (const field of FIELDS) if (!values[field].trim()) missing[field] = REQUIRED[field];
    missing.applicantIdNumber ??= idNumberMessage(idNumber);
    const normalized = normalizeIdNumber(idNumber);
    if (!missing.applicantIdNumber && citizen?.idNumber !== normalized) {
      missing.applicantIdNumber = '请先点击“查询”，核对申请人身份。';
    }
    const appliedAtIso = cstWallTimeToIso(appliedAt);
    if (!missing.appliedAt && !appliedAtIso) missing.appliedAt = '申请时间格式不正确。';
    else if (!missing.appliedAt && appliedAt.slice(0, 10) > cstDayOf()) {
      missing.appliedAt = '申请时间不能晚于今天。';
    }
    setErrors(missing);
    const first = FIELDS.find((field) => missing[field]);
    if (first || !appliedAtIso) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const trimmedNumber = businessNumber.trim();
    const payload = await run('record', () =>
      props.actions.record({
        applicantIdNumber: normalized,
        itemId,
        businessNumber: trimmedNumber,
        appliedAt: appliedAtIso,
      }),
    );
    if (payload) {
      setIdNumber('');
      setDepartmentId('');
      setItems(null);
      setItemId('');
      setBusinessNumber('');
      setAppliedAt('');
      setCitizen(null);
      setRecorded(payload.case?.businessNumber ?? trimmedNumber);
    }
  }

  const itemList = items?.departmentId === departmentId ? items.list : null;
  const itemPlaceholder = !departmentId
    ? '请先选择审批部门'
    : itemList === null
      ? '审批事项加载中…'
      : itemList === 'error'
        ? '审批事项加载失败，请重新选择审批部门'
        : itemList.length === 0
          ? '该部门暂无审批事项'
          : '请选择审批事项';

  return (
    <form ref={formRef} method="post" noValidate onSubmit={onSubmit} className="plain-form">
      {recorded && (
        <Notice tone="success" role="status" title="登记成功">
          业务编号：{recorded}。办件已进入申请人的“我的办件”。
        </Notice>
      )}
      {alert.length > 0 && (
        <div role="alert" className="form-alert form-alert--error">
          {alert.join(' ')}
        </div>
      )}
      <fieldset disabled={pending === 'record'} className="login-form__fields">
        <FormField id={`${id}-id`} label="身份证号" required error={errors.applicantIdNumber}>
          {(control) => (
            <div className="form-field__inline">
              <input
                {...control}
                name="applicantIdNumber"
                className="text-input"
                maxLength={18}
                autoComplete="off"
                placeholder="18位居民身份证号"
                value={idNumber}
                onChange={(event) => {
                  setIdNumber(event.target.value);
                  setCitizen(null);
                  setError('applicantIdNumber', idNumberMessage(event.target.value));
                }}
              />
              <button
                type="button"
                className="button"
                disabled={pending === 'lookUp'}
                onClick={() => void onLookUp()}
              >
                {pending === 'lookUp' && <span className="button__spinner" aria-hidden="true" />}
                查询
              </button>
            </div>
          )}
        </FormField>
        {citizen && (
          <dl className="field-grid section" data-testid="citizen-match">
            <div className="field-grid__item">
              <dt>申请人</dt>
              <dd>{citizen.name}</dd>
            </div>
            <div className="field-grid__item">
              <dt>身份证号</dt>
              <dd>{citizen.maskedIdNumber}</dd>
            </div>
          </dl>
        )}
        <FormField id={`${id}-department`} label="审批部门" required error={errors.departmentId}>
          {(control) => (
            <select
              {...control}
              name="departmentId"
              className="select-input"
              value={departmentId}
              onChange={(event) => void onDepartment(event.target.value)}
            >
              <option value="">请选择审批部门</option>
              {props.departments.map((department) => (
                <option key={department.id} value={department.id}>
                  {department.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-item`} label="审批事项" required error={errors.itemId}>
          {(control) => (
            <select
              {...control}
              name="itemId"
              className="select-input"
              value={itemId}
              disabled={!Array.isArray(itemList) || itemList.length === 0}
              onChange={(event) => {
                setItemId(event.target.value);
                setError('itemId', undefined);
              }}
            >
              <option value="">{itemPlaceholder}</option>
              {Array.isArray(itemList) &&
                itemList.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
            </select>
          )}
        </FormField>
        <FormField
          id={`${id}-number`}
          label="业务编号"
          required
          help="窗口业务系统生成的业务编号，按原样填写。"
          error={errors.businessNumber}
        >
          {(control) => (
            <input
              {...control}
              name="businessNumber"
              className="text-input"
              maxLength={64}
              autoComplete="off"
              placeholder="例如：191107191733256400"
              value={businessNumber}
              onChange={(event) => {
                setBusinessNumber(event.target.value);
                setError('businessNumber', undefined);
              }}
            />
          )}
        </FormField>
        <FormField id={`${id}-applied`} label="申请时间（北京时间）" required error={errors.appliedAt}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              step={1}
              name="appliedAt"
              className="text-input"
              // Not after today (CST): a window case was applied for already.
              max={`${cstDayOf()}T23:59:59`}
              value={appliedAt}
              onChange={(event) => {
                setAppliedAt(event.target.value);
                setError('appliedAt', undefined);
              }}
            />
          )}
        </FormField>
        <button type="submit" className="button button--primary">
          {pending === 'record' && <span className="button__spinner" aria-hidden="true" />}
          提交
        </button>
      </fieldset>
    </form>
  );
}
