/**
 * The Content-Security-Policy of files served through /api/files (uploads and the rendered license document):
 * a sandboxed origin that runs nothing and fetches nothing, with only inline styles and embedded images — the
 * API's own policy for its file routes. next.config.ts sends it for /api/files/* in place of the pages' policy.
 */
export const FILE_CONTENT_SECURITY_POLICY =
  "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";
