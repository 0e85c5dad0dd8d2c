/**
 * How long the web server keeps the 公示 figures (Next's data cache, shared by every visitor): within it, a
 * visit, a CSV or a JSON download never reaches the API or PostgreSQL. The figures cover full past months, so
 * only the first request after midnight of a new month changes them.
 */
export const PUBLISHED_CACHE_SECONDS = 600;
