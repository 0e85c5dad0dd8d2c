/** Variables the web server refuses to start without in production (README: Running in production). */
export const WEB_REQUIRED_IN_PRODUCTION = ['NEXTAUTH_SECRET', 'NEXTAUTH_URL', 'API_URL'] as const;

export function missingWebEnv(env: Record<string, string | undefined>): string[] {
  if (env.NODE_ENV !== 'production') return [];
  return WEB_REQUIRED_IN_PRODUCTION.filter((name) => !env[name]?.trim());
}
