import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseDetail } from '@/components/cases/CaseDetail';
import { CaseActions } from '@/components/staff/CaseActions';
import { graphql } from '@/gql';
import { decodeIdSegment, isNotFoundError } from '@/lib/node-id';
import { serverQuery } from '@/lib/urql-server';
import { Paragraph } from '@/components/typography';

export const metadata: Metadata = { title: '办件办理' };

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
  const { id } = await params;
  let data;
  try {
    data = await serverQuery(DepartmentCaseQuery, { id: decodeIdSegment(id) });
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
  // The API answers null for a case of another department, as if it did not exist.
  if (data.node?.__typename !== 'Case') notFound();
  return (
    <>
      <Paragraph>
        <Link href="/staff/department">返回部门办件</Link>
      </Paragraph>
      <CaseDetail case={data.node} />
      <CaseActions case={data.node} />
    </>
  );
}
