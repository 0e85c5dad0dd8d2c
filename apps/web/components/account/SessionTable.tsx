import { graphql, useFragment, type FragmentType } from '@/gql';
import type { SessionTable_UserSessionFragment as Row } from '@/gql/graphql';
import { CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
import { DateTimeText } from '@/components/layout/DateTimeText';
import { USER_SESSION_STATE_LABELS } from '@/lib/labels';
import { EndSessionButton } from './EndSessionButton';

export const SessionTable_UserSessionFragment = graphql(`
  fragment SessionTable_UserSession on UserSession {
    id
    signedInAt
    lastSeenAt
    endedAt
    state
    device
    address
    current
  }
`);

const COLUMNS = {
  device: {
    key: 'device',
    title: '设备',
    cell: (row: Row) => (
      <>
        {row.device}
        {row.current && (
          <span className="status-tag status-tag--blue" style={{ marginInlineStart: 8 }}>
            当前设备
          </span>
        )}
      </>
    ),
  },
  address: { key: 'address', title: '登录地址', nowrap: true, cell: (row: Row) => row.address ?? '未知' },
  signedInAt: {
    key: 'signedInAt',
    title: '登录时间',
    cell: (row: Row) => <DateTimeText value={row.signedInAt} />,
  },
  lastSeenAt: {
    key: 'lastSeenAt',
    title: '最近活动',
    cell: (row: Row) => <DateTimeText value={row.lastSeenAt} />,
  },
  state: {
    key: 'state',
    title: '状态',
    cell: (row: Row) =>
      row.endedAt ? (
        <>
          {USER_SESSION_STATE_LABELS[row.state]}（<DateTimeText value={row.endedAt} />）
        </>
      ) : (
        USER_SESSION_STATE_LABELS[row.state]
      ),
  },
  actions: {
    key: 'actions',
    title: '操作',
    nowrap: true,
    cell: (row: Row) => (row.current ? '—' : <EndSessionButton sessionId={row.id} device={row.device} />),
  },
} satisfies Record<string, CaseColumn<Row>>;

const LISTS = {
  live: {
    label: '在线设备',
    columns: [COLUMNS.device, COLUMNS.address, COLUMNS.signedInAt, COLUMNS.lastSeenAt, COLUMNS.actions],
    emptyText: '没有在线设备',
  },
  history: {
    label: '登录记录',
    columns: [COLUMNS.signedInAt, COLUMNS.device, COLUMNS.address, COLUMNS.state],
    emptyText: '暂无登录记录',
  },
} as const;

/**
 * The user's sessions as a server-rendered table (cards on phones): 在线设备 with 退出 for each other device,
 * or 登录记录 with each sign-in's state. Only the 退出 buttons are interactive.
 */
export function SessionTable(props: {
  list: keyof typeof LISTS;
  sessions: readonly FragmentType<typeof SessionTable_UserSessionFragment>[];
}) {
  const rows = useFragment(SessionTable_UserSessionFragment, props.sessions);
  const list = LISTS[props.list];
  return (
    <CaseListTable
      testId={props.list === 'live' ? 'live-sessions' : 'sign-in-history'}
      label={`${list.label}列表`}
      columns={list.columns}
      rows={rows}
      emptyText={list.emptyText}
    />
  );
}
