'use client';

import { useState } from 'react';
import Link from 'next/link';
import { Button, Select } from 'antd';
import { graphql } from '@/gql';
import { useRefreshingMutation } from '@/lib/use-refreshing-mutation';
import { Paragraph, Title } from '@/components/typography';

const ChooseMutation = graphql(`
  mutation ChooseCaseDeliveryAddress($input: ChooseCaseDeliveryAddressInput!) {
    chooseCaseDeliveryAddress(input: $input) {
      case {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Chosen = { recipientName: string; maskedPhone: string; address: string; postcode: string } | null;
type Option = { id: string; recipientName: string; maskedPhone: string; address: string; isDefault: boolean };

const describe = (a: { recipientName: string; maskedPhone: string; address: string }) =>
  `${a.recipientName} ${a.maskedPhone} ${a.address}`;

/**
 * 结果寄送 on the applicant's case page: where the result is posted if the department sends it by 邮政速递,
 * chosen from the address book while the API allows it (`canChoose`).
 */
export function CaseDeliveryChoice(props: {
  caseId: string;
  chosen: Chosen;
  canChoose: boolean;
  addresses: readonly Option[];
}) {
  const { act, pending } = useRefreshingMutation(ChooseMutation, (data) => data.chooseCaseDeliveryAddress);
  const preferred = props.addresses.find((a) => a.isDefault) ?? props.addresses[0];
  const [addressId, setAddressId] = useState(preferred?.id);
  return (
    <section aria-labelledby="case-delivery-title" className="case-delivery">
      <Title level={2} id="case-delivery-title">
        结果寄送（邮政速递）
      </Title>
      <Paragraph>
        收件地址：
        {props.chosen
          ? `${describe(props.chosen)}（${props.chosen.postcode}）`
          : '未选择（结果将在窗口领取，除非您选择收件地址）'}
      </Paragraph>
      {props.canChoose &&
        (props.addresses.length === 0 ? (
          <Paragraph>
            请先在<Link href="/personal/delivery/addresses">收件地址</Link>中添加地址。
          </Paragraph>
        ) : (
          <div className="case-row-actions">
            <Select
              aria-label="选择收件地址"
              value={addressId}
              onChange={setAddressId}
              style={{ minWidth: 240, maxWidth: '100%' }}
              options={props.addresses.map((a) => ({ value: a.id, label: describe(a) }))}
            />
            <Button
              type="primary"
              loading={pending}
              disabled={!addressId}
              onClick={() =>
                addressId && act({ input: { caseId: props.caseId, addressId } }, '收件地址已选择')
              }
            >
              {props.chosen ? '更改收件地址' : '选择收件地址'}
            </Button>
          </div>
        ))}
    </section>
  );
}
