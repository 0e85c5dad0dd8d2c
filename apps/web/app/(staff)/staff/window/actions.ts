'use server';

import { graphql } from '@/gql';
import type { RecordWindowCaseInput } from '@/gql/graphql';
import { serverMutation, serverQuery } from '@/lib/urql-server';

// 窗口收件 on the server as the signed-in window clerk (no client-side GraphQL on the page). The API checks
// the role, audits every look-up of an ID number and answers refusals as `userErrors` for the form.

const ServiceItemsQuery = graphql(`
  query WindowServiceItems($departmentId: ID!) {
    serviceItems(departmentId: $departmentId) {
      id
      name
    }
  }
`);

const LookUpCitizenMutation = graphql(`
  mutation LookUpCitizen($idNumber: String!) {
    lookUpCitizen(idNumber: $idNumber) {
      citizen {
        id
        name
        maskedIdNumber
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RecordWindowCaseMutation = graphql(`
  mutation RecordWindowCase($input: RecordWindowCaseInput!) {
    recordWindowCase(input: $input) {
      case {
        id
        businessNumber
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The 审批事项 of one 审批部门, for the form's second list. */
export async function windowServiceItemsAction(departmentId: string) {
  return (await serverQuery(ServiceItemsQuery, { departmentId })).serviceItems;
}

/** 查询: the applicant's name and masked ID number. */
export async function lookUpCitizenAction(idNumber: string) {
  const data = await serverMutation(LookUpCitizenMutation, { idNumber });
  return { data: data.lookUpCitizen };
}

/** 提交: the window case, recorded for the applicant. */
export async function recordWindowCaseAction(input: RecordWindowCaseInput) {
  const data = await serverMutation(RecordWindowCaseMutation, { input });
  return { data: data.recordWindowCase };
}
