import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApplicationWizard } from '@/components/apply/ApplicationWizard';
import {
  ApplicationWizard_CaseFragment,
  ApplicationWizard_ItemFragment,
  ApplicationWizard_LimitsFragment,
  DraftMaterialFragment,
} from '@/components/apply/application-documents';
import { CaseApplicationFragment } from '@/components/cases/CaseApplication';
import { graphql, useFragment } from '@/gql';
import { decodeIdSegment, isNotFoundError } from '@/lib/node-id';
import { serverQuery } from '@/lib/urql-server';
import { PageTitle } from '@/components/layout/PageTitle';
import { REAL_NAME_LEVEL_LABELS } from '@/lib/labels';

export const metadata: Metadata = { title: '在线申报' };

const ApplicationPageQuery = graphql(`
  query ApplicationPage($itemId: ID!, $caseId: ID!, $withCase: Boolean!) {
    item: node(id: $itemId) {
      __typename
      ... on ServiceItem {
        id
        name
        onlineApplicable
        applicationForm
        requiredLevel
        missingLevel
        ...ApplicationWizard_Item
      }
    }
    draft: node(id: $caseId) @include(if: $withCase) {
      __typename
      ... on Case {
        id
        status
        item {
          id
        }
        ...ApplicationWizard_Case
      }
    }
    uploadLimits {
      ...ApplicationWizard_Limits
    }
  }
`);

type Props = {
  params: Promise<{ itemId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * 在线申报 of one item; `?case=` resumes a 暂存件 (`&step=confirm` opens it at 确认提交). No UI library: plain
 * controls in a client island (ApplicationWizard) whose mutations are server actions.
 */
export default async function ApplicationPage({ params, searchParams }: Props) {
  const itemId = decodeIdSegment((await params).itemId);
  const query = await searchParams;
  const caseId = typeof query.case === 'string' ? query.case : undefined;
  let data;
  try {
    data = await serverQuery(ApplicationPageQuery, {
      itemId,
      caseId: caseId ?? '',
      withCase: Boolean(caseId),
    });
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
  const { item, draft } = data;
  if (item?.__typename !== 'ServiceItem' || !item.onlineApplicable || !item.applicationForm) notFound();
  if (caseId && (draft?.__typename !== 'Case' || draft.item.id !== item.id)) notFound();
  const resumed = draft?.__typename === 'Case' ? draft : undefined;

  if (resumed && resumed.status !== 'DRAFT') {
    return (
      <>
        <PageTitle>{item.name}</PageTitle>
        <p>
          该申请已提交，不能再修改。
          <Link href={`/personal/cases/${encodeURIComponent(resumed.id)}`}>查看办件</Link>
        </p>
      </>
    );
  }

  if (item.missingLevel) {
    const here = `/personal/apply/${encodeURIComponent(item.id)}${caseId ? `?case=${encodeURIComponent(caseId)}` : ''}`;
    const label = REAL_NAME_LEVEL_LABELS[item.missingLevel];
    return (
      <>
        <PageTitle>{item.name}</PageTitle>
        <div role="alert" className="form-alert form-alert--error">
          在线申报「{item.name}」需要先完成{label}。
        </div>
        <p>
          <Link href={`/personal/account/real-name?returnTo=${encodeURIComponent(here)}`}>去{label}</Link>
          ，完成后将回到本页继续申报。
        </p>
      </>
    );
  }

  // Unmasked here, so the client components import only the fragments' types (not the documents).
  const wizardDraft = useFragment(ApplicationWizard_CaseFragment, resumed);
  const draftMaterials = useFragment(DraftMaterialFragment, wizardDraft?.materials);
  const application = useFragment(CaseApplicationFragment, wizardDraft)?.application;
  return (
    <>
      <PageTitle>{item.name}</PageTitle>
      <ApplicationWizard
        item={useFragment(ApplicationWizard_ItemFragment, item)}
        draft={
          wizardDraft && {
            id: wizardDraft.id,
            businessNumber: wizardDraft.businessNumber,
            project: application?.foreignInvestmentProject ?? null,
            materials: [...(draftMaterials ?? [])],
          }
        }
        limits={useFragment(ApplicationWizard_LimitsFragment, data.uploadLimits)}
        initialStep={resumed && query.step === 'confirm' ? 2 : 0}
      />
    </>
  );
}
