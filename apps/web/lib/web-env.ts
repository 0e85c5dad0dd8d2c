// Every environment variable the web server reads, validated in one place (README → Configuration lists the
// same names; the API's env-schema.test.ts keeps the README and both schemas together). Next.js's own
// variables (NODE_ENV, NEXT_PHASE, NEXT_RUNTIME) are not ours and are read where needed.
import { z } from 'zod';

const unsetIfEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const url = () =>
  z.preprocess(unsetIfEmpty, z.url({ error: 'must be an absolute URL (http:// or https://)' }).optional());

export const webEnvSchema = z.object({
  NEXTAUTH_SECRET: z.preprocess(unsetIfEmpty, z.string().optional()),
  NEXTAUTH_URL: url(),
  API_URL: url(),
  HALL_NAME: z.preprocess(unsetIfEmpty, z.string().trim().optional()),
  WEB_PORT: z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: 'must be a port number' })
      .refine((value) => Number.isInteger(value) && value >= 1 && value <= 65_535, 'must be a port number')
      .default(3000),
  ),
  TRUST_PROXY: z.preprocess(unsetIfEmpty, z.string().optional()),
});

export type WebEnv = z.infer<typeof webEnvSchema>;
type WebEnvName = keyof WebEnv;

/** One variable, validated by its entry in the schema; read at request time so `next build` needs none. */
export function readWebEnvVariable<Name extends WebEnvName>(
  name: Name,
  env: Record<string, string | undefined> = process.env,
): WebEnv[Name] {
  const parsed = webEnvSchema.shape[name].safeParse(env[name]);
  if (parsed.success) return parsed.data as WebEnv[Name];
  throw new Error(`Invalid configuration: ${name} ${parsed.error.issues[0]!.message}.`);
}
