import { graphql } from '@/gql';

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

export const DraftMaterialsQuery = graphql(`
  query DraftMaterials($id: ID!) {
    node(id: $id) {
      __typename
      ... on Case {
        id
        materials {
          ...DraftMaterial
        }
      }
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
