import type { Metadata } from 'next';
import { AddressBook } from '@/components/delivery/AddressBook';
import { PageTitle } from '@/components/layout/PageTitle';
import { graphql } from '@/gql';
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

/** 邮政速递 → 收件地址: the address book (新增, 编辑, 设为默认, 删除); phones shown masked. */
export default async function AddressBookPage() {
  const { me } = await serverQuery(AddressBookQuery, {});
  if (!me) return null; // the layout has already redirected
  return (
    <>
      <PageTitle>收件地址</PageTitle>
      <AddressBook addresses={me.deliveryAddresses} />
    </>
  );
}
