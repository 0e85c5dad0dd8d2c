import { readWebEnvVariable } from './web-env';

/** Shared with the API, which uses the same fallback outside production. Never use it in production. */
export const DEVELOPMENT_AUTH_SECRET = 'service-hall-development-secret-change-me';

/**
 * The secret next-auth signs and encrypts session tokens with; the API decodes them with the same secret.
 * Read lazily (at request time) so that `next build` works without secrets.
 */
export function getAuthSecret(): string {
  const secret = readWebEnvVariable('NEXTAUTH_SECRET');
  if (secret) return secret;
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') {
    return DEVELOPMENT_AUTH_SECRET;
  }
  throw new Error('NEXTAUTH_SECRET must be set in production.');
}
