import type { Metadata } from 'next';
import { WindowIntakeForm } from '@/components/staff/WindowIntakeForm';
import { graphql } from '@/gql';
import { serverQuery } from '@/lib/urql-server';
import { PageTitle } from '@/components/layout/PageTitle';
import { lookUpCitizenAction, recordWindowCaseAction, windowServiceItemsAction } from './actions';

export const metadata: Metadata = {
  title: '窗口收件',
  description: '窗口收件：登记申请人在服务窗口办理的办件。',
};

const DepartmentsQuery = graphql(`
  query WindowDepartments {
    departments {
      id
      name
    }
  }
`);

const ACTIONS = {
  items: windowServiceItemsAction,
  lookUp: lookUpCitizenAction,
  record: recordWindowCaseAction,
};

/** 窗口收件: window staff record a case a citizen applied for in person (窗口申报). */
export default async function WindowIntakePage() {
  const { departments } = await serverQuery(DepartmentsQuery, {});
  return (
    <>
      <PageTitle>窗口收件</PageTitle>
      <p className="text-secondary">
        登记申请人在服务窗口办理的办件。登记后，办件以“窗口申报”来源显示在申请人的“我的办件”中。
      </p>
      <WindowIntakeForm departments={departments} actions={ACTIONS} />
    </>
  );
}
