import { Prisma } from '../db/prisma.ts';

/** A unique constraint said no (P2002), e.g. a business number drawn twice. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
