export interface UploadLimits {
  /** largest accepted file, bytes */
  maxFileBytes: number;
  /** largest total of one case's stored files, bytes */
  maxCaseBytes: number;
}

const MIB = 1024 * 1024;

/** UPLOAD_MAX_FILE_BYTES (default 10 MiB) and UPLOAD_MAX_CASE_BYTES (default 50 MiB). */
export function uploadLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): UploadLimits {
  const read = (name: string, fallback: number) => {
    const value = env[name] ? Number(env[name]) : fallback;
    if (!Number.isSafeInteger(value) || value < 1)
      throw new Error(`${name} must be a positive whole number of bytes.`);
    return value;
  };
  const limits = {
    maxFileBytes: read('UPLOAD_MAX_FILE_BYTES', 10 * MIB),
    maxCaseBytes: read('UPLOAD_MAX_CASE_BYTES', 50 * MIB),
  };
  if (limits.maxCaseBytes < limits.maxFileBytes)
    throw new Error('UPLOAD_MAX_CASE_BYTES must be at least UPLOAD_MAX_FILE_BYTES.');
  return limits;
}
