import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type Caller, type TestApi } from '../testing/test-api.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { decryptPii } from '../lib/pii.ts';
import { caller, CHEN_JING, LI_HUA, OTHER_CLERK, type Data } from '../application/application-fixtures.ts';

const SOCIAL_SECURITY_CLERK = '120102198801010033';
const IN_PROGRESS_CASE = '20261121143005667788'; // 李华's, at 南开区人社局
const FIELDS =
  'address { id recipientName maskedPhone address postcode isDefault } userErrors { field code message }';
const ADD = `mutation($input: AddDeliveryAddressInput!) { addDeliveryAddress(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateDeliveryAddressInput!) { updateDeliveryAddress(input: $input) { ${FIELDS} } }`;
const SET_DEFAULT = `mutation($input: DeliveryAddressRefInput!) { setDefaultDeliveryAddress(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($input: DeliveryAddressRefInput!) { deleteDeliveryAddress(input: $input) {
  deletedAddressId userErrors { field code } } }`;
const BOOK = '{ me { deliveryAddresses { id recipientName maskedPhone isDefault } } }';
const CHOOSE = `mutation($input: ChooseCaseDeliveryAddressInput!) { chooseCaseDeliveryAddress(input: $input) {
  case { id deliveryAddress { recipientName maskedPhone address postcode } } userErrors { field code message } } }`;
const CASE_ADDRESS = `query($id: ID!) { node(id: $id) { ... on Case { deliveryAddress { recipientName maskedPhone address } } } }`;
const POSTED = `{ me { postalDeliveries(first: 10) { totalCount nodes { status trackingNumber case { businessNumber }
  address { recipientName maskedPhone } } } } }`;
const COMPLETE = `mutation($input: CompleteCaseInput!) { completeCase(input: $input) { userErrors { field code } } }`;

const HOME = {
  recipientName: '李华',
  phone: '13800138000',
  address: '天津市南开区卫津路92号',
  postcode: '300072',
};

describe('邮政速递: address book and results sent by post', () => {
  let api: TestApi;
  let liHua: Caller;
  let chenJing: Caller;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    [liHua, chenJing] = await Promise.all([caller(api, LI_HUA), caller(api, CHEN_JING)]);
  });
  afterAll(() => api?.close());

  async function gql(query: string, variables: Record<string, unknown>, as: Caller): Promise<Data> {
    const result = await api.graphql<Data>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  it('adds, edits, makes default and deletes addresses; phones stored encrypted and shown masked', async () => {
    const first = (await gql(ADD, { input: { fields: HOME } }, liHua)).addDeliveryAddress;
    expect(first.userErrors).toEqual([]);
    expect(first.address).toMatchObject({ maskedPhone: '138****8000', postcode: '300072' });
    const office = (
      await gql(
        ADD,
        { input: { fields: { ...HOME, recipientName: '李华（单位）', phone: '13912345678' } } },
        liHua,
      )
    ).addDeliveryAddress.address;
    // The first address became the default; the second did not take it.
    let book = (await gql(BOOK, {}, liHua)).me.deliveryAddresses;
    expect(book.map((a: Data) => [a.id, a.isDefault])).toEqual([
      [first.address.id, true],
      [office.id, false],
    ]);
    const row = await api.db.deliveryAddress.findFirstOrThrow({ where: { recipientName: '李华（单位）' } });
    expect(row.phoneCipher).not.toContain('13912345678');
    expect(decryptPii(row.phoneCipher)).toBe('13912345678');

    const edited = (
      await gql(
        UPDATE,
        {
          input: {
            addressId: office.id,
            fields: { ...HOME, recipientName: '李华（新单位）', phone: null, isDefault: true },
          },
        },
        liHua,
      )
    ).updateDeliveryAddress;
    expect(edited.userErrors).toEqual([]);
    // No phone given: the stored one is kept.
    expect(edited.address).toMatchObject({
      recipientName: '李华（新单位）',
      maskedPhone: '139****5678',
      isDefault: true,
    });
    book = (await gql(BOOK, {}, liHua)).me.deliveryAddresses;
    expect(book.map((a: Data) => a.id)).toEqual([office.id, first.address.id]);

    const backToHome = (await gql(SET_DEFAULT, { input: { addressId: first.address.id } }, liHua))
      .setDefaultDeliveryAddress;
    expect(backToHome.address.isDefault).toBe(true);
    const deleted = (await gql(DELETE, { input: { addressId: first.address.id } }, liHua))
      .deleteDeliveryAddress;
    expect(deleted).toEqual({ deletedAddressId: first.address.id, userErrors: [] });
    book = (await gql(BOOK, {}, liHua)).me.deliveryAddresses;
    expect(book).toEqual([expect.objectContaining({ id: office.id, isDefault: false })]);
  });

  it('refuses bad fields at each field, and another person’s address as unknown', async () => {
    const before = await api.db.deliveryAddress.count();
    const bad = (
      await gql(
        ADD,
        { input: { fields: { recipientName: ' ', phone: '12345', address: '短', postcode: '30007' } } },
        liHua,
      )
    ).addDeliveryAddress;
    expect(bad.userErrors.map((e: Data) => [e.field.join('.'), e.code])).toEqual([
      ['input.fields.recipientName', 'REQUIRED'],
      ['input.fields.phone', 'INVALID'],
      ['input.fields.address', 'INVALID'],
      ['input.fields.postcode', 'INVALID'],
    ]);
    const noPhone = (await gql(ADD, { input: { fields: { ...HOME, phone: null } } }, liHua))
      .addDeliveryAddress;
    expect(noPhone.userErrors[0]).toMatchObject({ field: ['input', 'fields', 'phone'], code: 'REQUIRED' });
    expect(await api.db.deliveryAddress.count()).toBe(before);

    const his = (await gql(BOOK, {}, liHua)).me.deliveryAddresses[0].id;
    for (const [query, input] of [
      [UPDATE, { addressId: his, fields: HOME }],
      [SET_DEFAULT, { addressId: his }],
      [DELETE, { addressId: his }],
    ] as const) {
      const result = Object.values((await gql(query, { input }, chenJing)) as Data)[0] as Data;
      expect(result.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'addressId'] });
    }
    expect((await gql(BOOK, {}, chenJing)).me.deliveryAddresses).toEqual([]);
    // The database refuses someone else's address as a default, whatever the code does.
    const chen = await api.db.user.findFirstOrThrow({ where: { name: '陈静' } });
    const hisRow = await api.db.deliveryAddress.findFirstOrThrow({ where: { user: { name: '李华' } } });
    await expect(
      api.db.user.update({ where: { id: chen.id }, data: { defaultDeliveryAddressId: hisRow.id } }),
    ).rejects.toThrow(/belongs to another user/);
  });

  it('lets the applicant choose where the result goes; the department sees it at 办结 (audited) and 邮政速递 lists it', async () => {
    const kase = await api.db.case.findFirstOrThrow({ where: { businessNumber: IN_PROGRESS_CASE } });
    const caseId = toGlobalId('Case', kase.id);
    const address = (await gql(ADD, { input: { fields: { ...HOME, isDefault: true } } }, liHua))
      .addDeliveryAddress.address;

    const notHers = (await gql(CHOOSE, { input: { caseId, addressId: address.id } }, chenJing))
      .chooseCaseDeliveryAddress;
    expect(notHers.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'caseId'] });

    const chosen = (await gql(CHOOSE, { input: { caseId, addressId: address.id } }, liHua))
      .chooseCaseDeliveryAddress;
    expect(chosen.case.deliveryAddress).toEqual({
      recipientName: '李华',
      maskedPhone: '138****8000',
      address: HOME.address,
      postcode: HOME.postcode,
    });
    let posted = (await gql(POSTED, {}, liHua)).me.postalDeliveries;
    const ofCase = (nodes: Data[]) => nodes.find((n) => n.case.businessNumber === IN_PROGRESS_CASE);
    expect(ofCase(posted.nodes)).toEqual({
      status: 'AWAITING',
      trackingNumber: null,
      case: { businessNumber: IN_PROGRESS_CASE },
      address: { recipientName: '李华', maskedPhone: '138****8000' },
    });
    // Before an address was chosen the open case was not listed; 陈静 sees none of 李华's.
    expect(
      (await gql(POSTED, {}, chenJing)).me.postalDeliveries.nodes.map((n: Data) => n.case.businessNumber),
    ).not.toContain(IN_PROGRESS_CASE);

    // The handling department reads it (audited); another department does not see it at all.
    const clerk = await caller(api, SOCIAL_SECURITY_CLERK);
    const audits = () =>
      api.db.auditLog.count({ where: { action: 'case.delivery_address_read', subjectId: kase.id } });
    const before = await audits();
    const seen = await gql(CASE_ADDRESS, { id: caseId }, clerk);
    expect(seen.node.deliveryAddress).toMatchObject({ recipientName: '李华', maskedPhone: '138****8000' });
    expect(await audits()).toBe(before + 1);
    const other = await gql(CASE_ADDRESS, { id: caseId }, await caller(api, OTHER_CLERK));
    expect(other.node?.deliveryAddress ?? null).toBeNull();
    await gql(CASE_ADDRESS, { id: caseId }, liHua); // the applicant's own reads are not audited
    expect(await audits()).toBe(before + 1);

    const completed = await gql(
      COMPLETE,
      { input: { caseId, result: '准予许可', deliveryMethod: 'EMS', trackingNumber: 'EA123456789CN' } },
      clerk,
    );
    expect(completed.completeCase.userErrors).toEqual([]);
    posted = (await gql(POSTED, {}, liHua)).me.postalDeliveries;
    expect(ofCase(posted.nodes)).toMatchObject({ status: 'POSTED', trackingNumber: 'EA123456789CN' });

    // Completed: the address can no longer change.
    const late = (await gql(CHOOSE, { input: { caseId, addressId: address.id } }, liHua))
      .chooseCaseDeliveryAddress;
    expect(late.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', field: ['input', 'caseId'] });
  });
});
