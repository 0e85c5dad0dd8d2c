'use client';

import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import type {
  ApplicationWizard_ItemFragment as Item,
  ApplicationWizard_LimitsFragment as Limits,
  DraftMaterialFragment as DraftMaterial,
} from '@/gql/graphql';
import { REQUEST_ERROR_LABELS } from '@/lib/labels';
import { PendingButton } from '@/components/form/PendingButton';
import { saveApplicationDraftAction, submitDraftAction } from './actions';
import { ConfirmStep } from './ConfirmStep';
import { ProjectInfoFields } from './ProjectInfoFields';
import {
  initialProjectValues,
  missingParts,
  projectErrors,
  toProjectInput,
  type ProjectErrors,
  type ProjectValues,
  type SavedProject,
} from './project-values';
import { WizardSteps } from './WizardSteps';

// The later steps load when they are reached (or rendered on the server when the page opens at them).
const MaterialsStep = dynamic(() => import('./MaterialsStep').then((module) => module.MaterialsStep));
const LicenseFetch = dynamic(() => import('./LicenseFetch').then((module) => module.LicenseFetch));

/** The draft as the wizard reads it, unmasked by the page on the server. */
export type WizardDraft = {
  id: string;
  businessNumber: string;
  project: SavedProject;
  materials: DraftMaterial[];
};

/**
 * 在线申报 of 外商投资项目核准 in three steps (项目信息 → 申请材料 → 确认提交), plain controls and server actions
 * (components/apply/actions.ts). 保存 keeps the application as a 暂存件 at any step; materials need a saved
 * draft, so the first upload or license fetch saves it first. The draft's materials come from the page:
 * after a change the page is rendered again on the server (router.refresh), the typed values stay here.
 */
export function ApplicationWizard(props: {
  item: Omit<Item, ' $fragmentName'>;
  draft: WizardDraft | undefined;
  limits: Omit<Limits, ' $fragmentName'>;
  initialStep: number;
}) {
  const { item, limits } = props;
  const router = useRouter();
  // What 保存 / 提交 did, in a status line above the buttons.
  const [notice, setNotice] = useState<string>();
  const [values, setValues] = useState<ProjectValues>(() => initialProjectValues(props.draft?.project));
  // 项目信息's messages show once 下一步 found a problem, and follow the typing from then on.
  const [checked, setChecked] = useState(false);
  const [step, setStep] = useState(props.initialStep);
  const caseIdRef = useRef<string | undefined>(props.draft?.id);
  const [businessNumber, setBusinessNumber] = useState(props.draft?.businessNumber);
  const [alert, setAlert] = useState<string[]>([]);
  const [pending, setPending] = useState<'save' | 'submit'>();
  const checklist = [...item.materials].sort((a, b) => a.sortOrder - b.sortOrder);
  const materials = props.draft?.materials ?? [];
  const errors: ProjectErrors = checked ? projectErrors(values) : {};

  /** Saves the form as it stands; returns the draft's ID, or undefined after showing why it failed. */
  async function save(): Promise<string | undefined> {
    setAlert([]);
    let answer;
    try {
      answer = await saveApplicationDraftAction({
        caseId: caseIdRef.current ?? null,
        itemId: item.id,
        foreignInvestmentProject: toProjectInput(values),
      });
    } catch {
      setAlert([REQUEST_ERROR_LABELS.OTHER]);
      return undefined;
    }
    if (!answer.saved) {
      setAlert(answer.errors);
      return undefined;
    }
    if (!caseIdRef.current) {
      caseIdRef.current = answer.saved.id;
      // A reload (or the back button) now resumes this draft instead of starting another.
      window.history.replaceState(null, '', `?case=${encodeURIComponent(answer.saved.id)}`);
      // The sidebar's 暂存件 count (in the layout) has changed.
      router.refresh();
    }
    setBusinessNumber(answer.saved.businessNumber);
    return answer.saved.id;
  }

  const ensureDraft = async () => caseIdRef.current ?? save();
  // The draft's materials changed (uploaded, fetched, removed): the page reads them again.
  const refresh = async () => router.refresh();

  async function onSave() {
    setPending('save');
    setNotice(undefined);
    try {
      if (await save()) setNotice('已保存为暂存件，可在“我的办件 → 暂存件”中继续填写。');
    } finally {
      setPending(undefined);
    }
  }

  function next() {
    if (step === 0) {
      // Drawn at once, so the first field with a message can take the focus.
      flushSync(() => setChecked(true));
      if (Object.keys(projectErrors(values)).length > 0) {
        document.querySelector<HTMLElement>('.project-fields [aria-invalid="true"]')?.focus();
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
      let answer;
      try {
        answer = await submitDraftAction(caseId);
      } catch {
        setAlert([REQUEST_ERROR_LABELS.OTHER]);
        return;
      }
      if (answer.errors.length > 0) {
        setAlert(answer.errors);
        return;
      }
      setNotice('申请已提交。');
      router.push(`/personal/cases/${encodeURIComponent(caseId)}`);
      // The sidebar's counts (in the layout) change too.
      router.refresh();
    } finally {
      setPending(undefined);
    }
  }

  const providedIds = new Set(materials.flatMap((m) => (m.itemMaterial ? [m.itemMaterial.id] : [])));
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
      {step === 0 && <ProjectInfoFields values={values} errors={errors} onChange={setValues} />}
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
        <ConfirmStep values={values} missing={missing} checklist={checklist} materials={materials} />
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
