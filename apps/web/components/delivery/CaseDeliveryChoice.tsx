'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { chooseDeliveryAddress } from './choose-delivery-address';

type Chosen = { recipientName: string; maskedPhone: string; address: string; postcode: string } | null;
type Option = { id: string; recipientName: string; maskedPhone: string; address: string; isDefault: boolean };

const describe = (a: { recipientName: string; maskedPhone: string; address: string }) =>
  `${a.recipientName} ${a.maskedPhone} ${a.address}`;

/**
 * 结果寄送 on the applicant's case page: where the result is posted if the department sends it by 邮政速递,
 * chosen from the address book while the API allows it (`canChoose`). A native select and button; the
 * mutation is sent through a server action (choose-delivery-address.ts).
 */
export function CaseDeliveryChoice(props: {
  caseId: string;
  chosen: Chosen;
  canChoose: boolean;
  addresses: readonly Option[];
}) {
  const router = useRouter();
  const preferred = props.addresses.find((a) => a.isDefault) ?? props.addresses[0];
  const [addressId, setAddressId] = useState(preferred?.id ?? '');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string }>();

  async function choose() {
    if (!addressId) return;
    setPending(true);
    setMessage(undefined);
    const outcome = await chooseDeliveryAddress(props.caseId, addressId);
    setPending(false);
    if (outcome.ok) {
      setMessage({ error: false, text: '收件地址已选择' });
      router.refresh();
    } else {
      setMessage({ error: true, text: outcome.others.join(' ') });
    }
  }

  return (
    <section aria-labelledby="case-delivery-title" className="case-delivery section">
      <h2 id="case-delivery-title" className="section__title">
        结果寄送（邮政速递）
      </h2>
      <p>
        收件地址：
        {props.chosen
          ? `${describe(props.chosen)}（${props.chosen.postcode}）`
          : '未选择（结果将在窗口领取，除非您选择收件地址）'}
      </p>
      {props.canChoose &&
        (props.addresses.length === 0 ? (
          <p>
            请先在<Link href="/personal/delivery/addresses">收件地址</Link>中添加地址。
          </p>
        ) : (
          <div className="case-row-actions">
            <select
              aria-label="选择收件地址"
              className="select-input select-input--wide"
              value={addressId}
              disabled={pending}
              onChange={(event) => setAddressId(event.currentTarget.value)}
            >
              {props.addresses.map((a) => (
                <option key={a.id} value={a.id}>
                  {describe(a)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--primary"
              disabled={pending || !addressId}
              aria-busy={pending}
              onClick={() => void choose()}
            >
              {pending && <span className="button__spinner" aria-hidden="true" />}
              {props.chosen ? '更改收件地址' : '选择收件地址'}
            </button>
          </div>
        ))}
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'form-error-text' : 'text-secondary'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
