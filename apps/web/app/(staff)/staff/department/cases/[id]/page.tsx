import type { Metadata } from 'next';
import Link from 'next/link';
import { CaseDetail } from '@/components/cases/CaseDetail';
import { CaseActions } from '@/components/staff/CaseActions';
import { graphql } from '@/gql';
import { loadNodeOrNotFound } from '@/lib/load-node';
import {
  acceptCaseAction,
  completeCaseAction,
  rejectCaseAction,
  requestCorrectionAction,
  startProcessingAction,
} from './actions';

export const metadata: Metadata = {
  title: '办件办理',
  description: '办件办理：办件的申请信息、材料、办理过程，以及可进行的办理操作。',
};

const ACTIONS = {
  accept: acceptCaseAction,
  reject: rejectCaseAction,
  requestCorrection: requestCorrectionAction,
  startProcessing: startProcessingAction,
  complete: completeCaseAction,
};

const DepartmentCaseQuery = graphql(`
  query DepartmentCasePage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Case {
        id
        ...CaseDetail_Case
        ...CaseActions_Case
      }
    }
  }
`);

type Props = { params: Promise<{ id: string }> };

/** 办件办理: the case as the applicant sees it, and the actions the department may take on it now. */
export default async function DepartmentCasePage({ params }: Props) {
  const node = await loadNodeOrNotFound(DepartmentCaseQuery, (await params).id, 'Case');
  return (
    <>
      <p>
        <Link href="/staff/department">返回部门办件</Link>
      </p>
      <CaseDetail case={node} />
      <CaseActions case={node} actions={ACTIONS} />
    </>
  );
}
