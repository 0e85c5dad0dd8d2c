import { graphql } from '@/gql';

// The 在线申报 page's GraphQL documents, used on the server only (the page's query and components/apply/actions.ts;
// components/cases/submit-draft.ts loads SubmitDraftMutation when 提交 is clicked): the wizard's client
// components import only their types, so the page does not ship the generated documents map.

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
    ...CaseApplication_Case
    materials {
      ...DraftMaterial
    }
  }
`);

/** One material of the draft as the materials step shows it. */
export const DraftMaterialFragment = graphql(`
  fragment DraftMaterial on CaseMaterial {
    id
    name
    fileName
    sizeBytes
    trustLevel
    downloadUrl
    itemMaterial {
      id
    }
    licenseSnapshot {
      ...LicenseSnapshotView_Snapshot
    }
  }
`);

export const SaveApplicationDraftMutation = graphql(`
  mutation SaveApplicationDraft($input: SaveApplicationDraftInput!) {
    saveApplicationDraft(input: $input) {
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

export const SubmitDraftMutation = graphql(`
  mutation SubmitApplication($input: SubmitDraftInput!) {
    submitDraft(input: $input) {
      case {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveCaseMaterialMutation = graphql(`
  mutation RemoveCaseMaterial($input: RemoveCaseMaterialInput!) {
    removeCaseMaterial(input: $input) {
      removedMaterialId
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const FetchLicenseMaterialMutation = graphql(`
  mutation FetchLicenseMaterial($input: FetchLicenseMaterialInput!) {
    fetchLicenseMaterial(input: $input) {
      material {
        id
      }
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
