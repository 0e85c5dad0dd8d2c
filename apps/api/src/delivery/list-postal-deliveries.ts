import type { Context } from '../context.ts';
import type { PrincipalUser } from '../auth/principal.ts';
import type { Case, CaseDeliveryAddress } from '../generated/prisma/client.ts';
import { keysetWhere, pageOf } from '../lib/keyset-cursor.ts';
import { NO_ROW_ID } from '../lib/payload.ts';
import { deliveryPolicy } from './delivery-policy.ts';
import { ADDRESS_CHOOSABLE_STATUSES } from './delivery-rules.ts';

export type PostalDeliveryRow = Case & { deliveryAddress: CaseDeliveryAddress | null };

/**
 * 邮政速递: the own cases whose result was posted (办结 by 邮政速递) or is to be (an address chosen while the case
 * is still open), newest first.
 */
export function listPostalDeliveries(
  ctx: Context,
  user: PrincipalUser,
  args: { first?: number | null; after?: string | null },
) {
  const owner = deliveryPolicy.allows(ctx.principal, 'delivery.chooseForCase', { ownerId: user.id })
    ? user.id
    : NO_ROW_ID;
  const where = {
    applicantId: owner,
    OR: [
      { deliveryMethod: 'EMS' as const },
      { deliveryAddress: { isNot: null }, status: { in: [...ADDRESS_CHOOSABLE_STATUSES] } },
    ],
  };
  return pageOf<PostalDeliveryRow>(
    args,
    (row) => row.createdAt,
    (take) =>
      ctx.db.case.findMany({
        where: { AND: [where, keysetWhere(args.after, 'createdAt')] },
        include: { deliveryAddress: true },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
      }),
    () => ctx.db.case.count({ where }),
  );
}
