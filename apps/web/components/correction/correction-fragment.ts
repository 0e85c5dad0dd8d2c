import { graphql } from '@/gql';

/** What CorrectionForm shows of a case's 补正 notice (the page unmasks it on the server and passes it on). */
export const CorrectionForm_CorrectionFragment = graphql(`
  fragment CorrectionForm_Correction on CaseCorrection {
    items {
      name
      materials {
        id
        fileName
        sizeBytes
        downloadUrl
      }
    }
  }
`);
