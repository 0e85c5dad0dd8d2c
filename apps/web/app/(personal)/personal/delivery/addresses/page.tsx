import type { Metadata } from 'next';
import { AddressBook } from '@/components/delivery/AddressBook';
import { ActionOutcome } from '@/components/form/ActionOutcome';
import { PageTitle } from '@/components/layout/PageTitle';
import { graphql } from '@/gql';
import { firstValue, type SearchParams } from '@/lib/cursor-paging';
import { serverQuery } from '@/lib/urql-server';

export const metadata: Metadata = { title: '收件地址' };

const AddressBookQuery = graphql(`
  query AddressBookPage {
    me {
      id
      deliveryAddresses {
        ...AddressBook_Address
      }
    }
  }
`);

/** What a button of this page did (its server action comes back here with `?done=`). */
const DONE_MESSAGES: Record<string, string> = {
  added: '地址已添加',
  saved: '地址已保存',
  default: '已设为默认地址',
  deleted: '地址已删除',
};

/** 邮政速递 → 收件地址: the address book (新增, 编辑, 设为默认, 删除); phones shown masked. */
export default async function AddressBookPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { me } = await serverQuery(AddressBookQuery, {});
  if (!me) return null; // the layout has already redirected
  const done = firstValue(params.done);
  return (
    <>
      <PageTitle>收件地址</PageTitle>
      <ActionOutcome done={done ? DONE_MESSAGES[done] : undefined} error={firstValue(params.error)} />
      <AddressBook
        addresses={me.deliveryAddresses}
        editingId={firstValue(params.edit)}
        deletingId={firstValue(params.delete)}
        version={firstValue(params.at)}
      />
    </>
  );
}
