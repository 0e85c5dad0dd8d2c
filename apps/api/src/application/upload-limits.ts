export interface UploadLimits {
  /** largest accepted file, bytes */
  maxFileBytes: number;
  /** largest total of one case's stored files, bytes */
  maxCaseBytes: number;
}

const MIB = 1024 * 1024;

export const defaultUploadLimits: UploadLimits = { maxFileBytes: 10 * MIB, maxCaseBytes: 50 * MIB };
