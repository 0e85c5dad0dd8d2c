// 企业关联's mutations. FirmLinkForms imports them up front (the lists refresh at once after a click; loaded
// on demand, the first click waited for the code and the browser test's 1 s poll saw the old list).
import { graphql } from '@/gql';
import { sendMutation } from '@/lib/send-mutation';

const RequestFirmLinkMutation = graphql(`
  mutation RequestFirmLink($input: RequestFirmLinkInput!) {
    requestFirmLink(input: $input) {
      firmLink {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DecideFirmLinkMutation = graphql(`
  mutation DecideFirmLink($input: DecideFirmLinkInput!) {
    decideFirmLink(input: $input) {
      firmLink {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 申请关联: the firm's 统一社会信用代码 (its userErrors at `creditCode`). */
export function requestFirmLink(creditCode: string) {
  return sendMutation(RequestFirmLinkMutation, { input: { creditCode } }, (data) => data.requestFirmLink, [
    'creditCode',
  ]);
}

/** 同意 / 拒绝 of one request, by the firm's legal representative. */
export function decideFirmLink(linkId: string, approve: boolean) {
  return sendMutation(DecideFirmLinkMutation, { input: { linkId, approve } }, (data) => data.decideFirmLink);
}
