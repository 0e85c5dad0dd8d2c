import type { CaseColumn } from '@/components/cases/CaseListTable';
import { DateTimeText } from '@/components/layout/DateTimeText';
import { ToneTag, type Tone } from '@/components/layout/ToneTag';

/** The delivery states of national reports and webhook deliveries (the API's enums are the same four). */
export type DeliveryState = 'PENDING' | 'RETRYING' | 'FAILED' | 'DELIVERED';

export const DELIVERY_STATES = [
  'PENDING',
  'RETRYING',
  'FAILED',
  'DELIVERED',
] as const satisfies readonly DeliveryState[];

const STATE_TONES: Record<DeliveryState, Tone> = {
  PENDING: 'default',
  RETRYING: 'orange',
  FAILED: 'red',
  DELIVERED: 'green',
};

type DeliveryRow = {
  status: DeliveryState;
  attempts: number;
  nextAttemptAt?: string | null;
  deliveredAt?: string | null;
  lastAnswer?: string | null;
};

/**
 * The columns both delivery lists show: 状态 (in the list's own words), 尝试次数, the delivery time or the
 * next attempt, and a failed attempt's 最近一次应答.
 */
export function deliveryColumns<Row extends DeliveryRow>(
  labels: Record<DeliveryState, string>,
  deliveredTitle: string,
): CaseColumn<Row>[] {
  return [
    {
      key: 'status',
      title: '状态',
      nowrap: true,
      cell: (row) => <ToneTag tone={STATE_TONES[row.status]}>{labels[row.status]}</ToneTag>,
    },
    { key: 'attempts', title: '尝试次数', nowrap: true, cell: (row) => row.attempts },
    {
      key: 'when',
      title: `${deliveredTitle} / 下次尝试`,
      cell: (row) =>
        row.deliveredAt ? (
          <DateTimeText value={row.deliveredAt} />
        ) : row.nextAttemptAt ? (
          <>
            下次：
            <DateTimeText value={row.nextAttemptAt} />
          </>
        ) : (
          '—'
        ),
    },
    {
      key: 'lastAnswer',
      title: '最近一次应答',
      cell: (row) =>
        row.lastAnswer ? (
          <code className="delivery-answer" data-testid="delivery-answer">
            {row.lastAnswer}
          </code>
        ) : (
          '—'
        ),
    },
  ];
}
