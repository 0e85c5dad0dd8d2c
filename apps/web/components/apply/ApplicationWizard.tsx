'use client';

import { useCallback, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { Form } from 'antd';
import { useClient, useMutation } from '@urql/next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { ForeignInvestmentProjectInput } from '@/gql/graphql';
import { sumTwoPlaceDecimals } from '@/lib/decimal-text';
import { useFormSubmission } from '@/lib/use-form-submission';
import {
  DraftMaterialFragment,
  DraftMaterialsQuery,
  SaveApplicationDraftMutation,
  SubmitDraftMutation,
} from './application-documents';
import { ConfirmStep } from './ConfirmStep';
import type { ChecklistEntry } from './MaterialsStep';
import { ProjectInfoFields, type ProjectValues } from './ProjectInfoFields';
import { WizardSteps } from './WizardSteps';
import { PendingButton } from '@/components/form/PendingButton';

// The later steps load when they are reached (or rendered on the server when the page opens at them).
const MaterialsStep = dynamic(() => import('./MaterialsStep').then((module) => module.MaterialsStep));
const LicenseFetch = dynamic(() => import('./LicenseFetch').then((module) => module.LicenseFetch));

export const ApplicationWizard_ItemFragment = graphql(`
  fragment ApplicationWizard_Item on ServiceItem {
    id
    name
    promisedDays
    department {
      name
    }
    materials {
      id
      name
      required
      sortOrder
      licenseType
    }
  }
`);

export const ApplicationWizard_LimitsFragment = graphql(`
  fragment ApplicationWizard_Limits on UploadLimits {
    maxFileBytes
    maxCaseBytes
  }
`);

export const ApplicationWizard_CaseFragment = graphql(`
  fragment ApplicationWizard_Case on Case {
    id
    businessNumber
    application {
      foreignInvestmentProject {
        projectName
        location
        totalInvestment {
          amount
          currency
        }
        investors {
          name
          countryOrRegion
          sharePercent
        }
        industry
        constructionContent
      }
    }
    materials {
      ...DraftMaterial
    }
  }
`);

const text = (value: string | null | undefined) => value?.trim() || null;

/** The investor rows with anything typed in them (an untouched empty row is not an investor). */
function filledInvestors(values: ProjectValues): NonNullable<ProjectValues['investors']> {
  return (values.investors ?? []).filter(
    (investor) => investor?.name?.trim() || investor?.countryOrRegion?.trim() || investor?.sharePercent,
  );
}

/** The form's values as the API's input: trimmed, blanks as null, partial data kept as it is. */
function toInput(values: ProjectValues): ForeignInvestmentProjectInput {
  return {
    projectName: text(values.projectName),
    location: text(values.location),
    totalInvestment: {
      amount: text(values.totalInvestment?.amount),
      currency: values.totalInvestment?.currency ?? null,
    },
    investors: filledInvestors(values).map((investor) => ({
      name: text(investor?.name),
      countryOrRegion: text(investor?.countryOrRegion),
      sharePercent: text(investor?.sharePercent),
    })),
    industry: text(values.industry),
    constructionContent: text(values.constructionContent),
  };
}

/** What is still missing before 提交 (the API checks the same and has the last word). */
function missingParts(
  values: ProjectValues,
  checklist: ChecklistEntry[],
  providedIds: Set<string>,
): string[] {
  const missing: string[] = [];
  const blank = (value: string | null | undefined) => !value?.trim();
  if (blank(values.projectName)) missing.push('项目名称');
  if (blank(values.location)) missing.push('建设地点');
  if (blank(values.totalInvestment?.amount ?? undefined)) missing.push('总投资');
  const investors = filledInvestors(values);
  if (investors.length === 0) missing.push('外国投资者');
  else if (sumTwoPlaceDecimals(investors.map((i) => i?.sharePercent)) !== '100')
    missing.push('持股比例合计须为100%');
  if (blank(values.industry)) missing.push('所属行业');
  if (blank(values.constructionContent)) missing.push('建设内容');
  for (const entry of checklist) if (entry.required && !providedIds.has(entry.id)) missing.push(entry.name);
  return missing;
}

/**
 * 在线申报 of 外商投资项目核准 in three steps (项目信息 → 申请材料 → 确认提交). 保存 keeps the application as a 暂存件
 * at any step; materials need a saved draft, so the first upload or license fetch saves it first.
 */
export function ApplicationWizard(props: {
  item: FragmentType<typeof ApplicationWizard_ItemFragment>;
  draft: FragmentType<typeof ApplicationWizard_CaseFragment> | undefined;
  limits: FragmentType<typeof ApplicationWizard_LimitsFragment>;
  initialStep: number;
}) {
  const item = useFragment(ApplicationWizard_ItemFragment, props.item);
  const draft = useFragment(ApplicationWizard_CaseFragment, props.draft);
  const limits = useFragment(ApplicationWizard_LimitsFragment, props.limits);
  const router = useRouter();
  const client = useClient();
  // What 保存 / 提交 did, in a status line above the buttons.
  const [notice, setNotice] = useState<string>();
  const [form] = Form.useForm<ProjectValues>();
  const [, saveDraft] = useMutation(SaveApplicationDraftMutation);
  const [, submitDraft] = useMutation(SubmitDraftMutation);
  const [step, setStep] = useState(props.initialStep);
  const caseIdRef = useRef<string | undefined>(draft?.id);
  const [businessNumber, setBusinessNumber] = useState(draft?.businessNumber);
  const [materials, setMaterials] = useState(draft?.materials ?? []);
  const { alert, setAlert, submit } = useFormSubmission();
  const [pending, setPending] = useState<'save' | 'submit'>();
  const checklist = [...item.materials].sort((a, b) => a.sortOrder - b.sortOrder);
  const project = draft?.application?.foreignInvestmentProject;
  const initialValues: ProjectValues = {
    projectName: project?.projectName ?? undefined,
    location: project?.location ?? undefined,
    totalInvestment: {
      amount: project?.totalInvestment?.amount ?? undefined,
      currency: project?.totalInvestment?.currency ?? 'CNY',
    },
    investors: project?.investors?.length
      ? project.investors.map((investor) => ({
          name: investor.name ?? undefined,
          countryOrRegion: investor.countryOrRegion ?? undefined,
          sharePercent: investor.sharePercent ?? undefined,
        }))
      : [{}],
    industry: project?.industry ?? undefined,
    constructionContent: project?.constructionContent ?? undefined,
  };

  /** Saves the form as it stands; returns the draft's ID, or undefined after showing why it failed. */
  const save = useCallback(async (): Promise<string | undefined> => {
    const input = {
      caseId: caseIdRef.current ?? null,
      itemId: item.id,
      foreignInvestmentProject: toInput(form.getFieldsValue(true)),
    };
    const payload = await submit(
      () => saveDraft({ input }),
      (data) => data.saveApplicationDraft,
    );
    if (!payload?.case) return undefined;
    if (!caseIdRef.current) {
      caseIdRef.current = payload.case.id;
      // A reload (or the back button) now resumes this draft instead of starting another.
      window.history.replaceState(null, '', `?case=${encodeURIComponent(payload.case.id)}`);
      // The sidebar's 暂存件 count (in the layout) has changed.
      router.refresh();
    }
    setBusinessNumber(payload.case.businessNumber);
    setAlert([]);
    return payload.case.id;
  }, [saveDraft, item.id, form, submit, setAlert, router]);

  const ensureDraft = useCallback(async () => caseIdRef.current ?? save(), [save]);

  const refresh = useCallback(async () => {
    if (!caseIdRef.current) return;
    const result = await client
      .query(DraftMaterialsQuery, { id: caseIdRef.current }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.data?.node?.__typename === 'Case') setMaterials(result.data.node.materials);
  }, [client]);

  async function onSave() {
    setPending('save');
    setNotice(undefined);
    try {
      if (await save()) setNotice('已保存为暂存件，可在“我的办件 → 暂存件”中继续填写。');
    } finally {
      setPending(undefined);
    }
  }

  async function next() {
    if (step === 0) {
      try {
        await form.validateFields();
      } catch {
        return;
      }
    }
    setNotice(undefined);
    setStep(step + 1);
    window.scrollTo({ top: 0 });
  }

  async function onSubmit() {
    setPending('submit');
    setNotice(undefined);
    try {
      const caseId = await save();
      if (!caseId) return;
      if (
        await submit(
          () => submitDraft({ input: { caseId } }),
          (data) => data.submitDraft,
        )
      ) {
        setNotice('申请已提交。');
        router.push(`/personal/cases/${encodeURIComponent(caseId)}`);
        // The sidebar's counts (in the layout) change too.
        router.refresh();
      }
    } finally {
      setPending(undefined);
    }
  }

  const unmaskedMaterials = useFragment(DraftMaterialFragment, materials);
  const providedIds = new Set(unmaskedMaterials.flatMap((m) => (m.itemMaterial ? [m.itemMaterial.id] : [])));
  // On the very first render the form's store does not hold initialValues yet (opened at 确认提交 from 暂存件).
  const values: ProjectValues = step === 2 ? { ...initialValues, ...form.getFieldsValue(true) } : {};
  const missing = step === 2 ? missingParts(values, checklist, providedIds) : [];

  return (
    <>
      <p className="text-secondary">
        审批部门：{item.department.name}
        {item.promisedDays ? `，承诺时限：${item.promisedDays}个工作日` : ''}
        {businessNumber ? `，暂存件编号：${businessNumber}` : ''}
      </p>
      <WizardSteps current={step} />
      {alert.length > 0 && (
        <div role="alert" className="form-alert form-alert--error">
          <strong>请修改以下内容后再提交</strong>
          <ul className="form-alert__list">
            {alert.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <Form<ProjectValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        // The list's own rule (shares add up to 100) is checked again as soon as a share changes after it failed.
        onValuesChange={(changed: ProjectValues) => {
          if (changed.investors && form.getFieldError('investors').length > 0) {
            void form.validateFields(['investors']).catch(() => undefined);
          }
        }}
        style={{ maxWidth: 880 }}
      >
        {step === 0 && <ProjectInfoFields />}
      </Form>
      {step === 1 && (
        <MaterialsStep
          checklist={checklist}
          materials={materials}
          limits={limits}
          ensureDraft={ensureDraft}
          refresh={refresh}
          renderLicenseFetch={(entry) => (
            <LicenseFetch
              itemMaterialId={entry.id}
              itemName={item.name}
              ensureDraft={ensureDraft}
              onFetched={refresh}
            />
          )}
        />
      )}
      {step === 2 && (
        <ConfirmStep values={values} missing={missing} checklist={checklist} materials={unmaskedMaterials} />
      )}
      <p role="status" className="wizard__notice">
        {notice}
      </p>
      <div className="wizard__actions">
        {step > 0 && (
          <button type="button" className="button" onClick={() => setStep(step - 1)}>
            上一步
          </button>
        )}
        <PendingButton pending={pending === 'save'} onClick={onSave}>
          保存
        </PendingButton>
        {step < 2 && (
          <button type="button" className="button button--primary" onClick={next}>
            下一步
          </button>
        )}
        {step === 2 && (
          <PendingButton primary pending={pending === 'submit'} onClick={onSubmit}>
            提交
          </PendingButton>
        )}
      </div>
    </>
  );
}
