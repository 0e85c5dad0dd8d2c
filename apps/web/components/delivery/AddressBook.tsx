import { graphql, useFragment, type FragmentType } from '@/gql';
import { AskFirst } from '@/components/form/AskFirst';
import { PendingSubmit } from '@/components/form/PendingSubmit';
import { deleteAddressAction, setDefaultAddressAction } from './actions';
import { AddressForm } from './AddressForm';

export const AddressBook_AddressFragment = graphql(`
  fragment AddressBook_Address on DeliveryAddress {
    id
    recipientName
    maskedPhone
    address
    postcode
    isDefault
  }
`);

const PATH = '/personal/delivery/addresses';

/**
 * 收件地址: the person's addresses, default first, with 编辑 / 设为默认 / 删除 (删除 asks 确定删除 first), and
 * the form to add one or to edit the one chosen (`editingId`, from `?edit=`). Server-rendered; every button
 * is a form, so the page works before hydration.
 */
export function AddressBook(props: {
  addresses: readonly FragmentType<typeof AddressBook_AddressFragment>[];
  editingId?: string;
  deletingId?: string;
  /** Changes with every answer of an action, so the form starts afresh after one. */
  version?: string;
}) {
  const addresses = useFragment(AddressBook_AddressFragment, props.addresses);
  const editing = addresses.find((address) => address.id === props.editingId);
  return (
    <>
      <ul className="address-list" aria-label="收件地址列表" data-testid="address-list">
        {addresses.map((address) => (
          <li key={address.id} className="address-list__item">
            <div>
              <strong>{address.recipientName}</strong> {address.maskedPhone}{' '}
              {address.isDefault && <span className="status-tag status-tag--blue">默认</span>}
            </div>
            <div>
              {address.address}（{address.postcode}）
            </div>
            <div className="case-row-actions">
              <form action={PATH}>
                <input type="hidden" name="edit" value={address.id} />
                <button
                  type="submit"
                  className="button button--small"
                  aria-label={`编辑：${address.recipientName}`}
                >
                  编辑
                </button>
              </form>
              {!address.isDefault && (
                <form action={setDefaultAddressAction}>
                  <input type="hidden" name="addressId" value={address.id} />
                  <PendingSubmit small label={`设为默认：${address.recipientName}`}>
                    设为默认
                  </PendingSubmit>
                </form>
              )}
              <AskFirst
                path={PATH}
                param="delete"
                id={address.id}
                asking={props.deletingId === address.id}
                action={deleteAddressAction}
                fields={{ addressId: address.id }}
                question="删除该地址？"
                text="删除"
                label={`删除：${address.recipientName}`}
                confirmLabel={`确定删除：${address.recipientName}`}
                className="case-row-actions"
              />
            </div>
          </li>
        ))}
      </ul>
      {addresses.length === 0 && <p>暂无收件地址。</p>}
      <AddressForm key={`${editing?.id ?? 'new'}-${props.version ?? ''}`} editing={editing} />
    </>
  );
}
