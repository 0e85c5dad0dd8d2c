'use server';

import { graphql } from '@/gql';
import { serverMutation } from '@/lib/urql-server';

const RetryNationalReportMutation = graphql(`
  mutation RetryNationalReport($input: RetryNationalReportInput!) {
    retryNationalReport(input: $input) {
      report {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 重新上报, on the server as the signed-in administrator (the API checks the role and the report's state). */
export async function retryNationalReportAction(reportId: string) {
  const data = await serverMutation(RetryNationalReportMutation, { input: { reportId } });
  return { data: data.retryNationalReport };
}
