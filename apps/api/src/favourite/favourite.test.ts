import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type Caller, type TestApi } from '../testing/test-api.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { caller, CHEN_JING, LI_HUA, SUPERVISOR, type Data } from '../application/application-fixtures.ts';

const ADD = `mutation($input: FavouriteItemInput!) { addFavouriteItem(input: $input) {
  favourite { item { id name isFavourite } createdAt } userErrors { field code message } } }`;
const REMOVE = `mutation($input: FavouriteItemInput!) { removeFavouriteItem(input: $input) {
  item { id isFavourite } userErrors { field code message } } }`;
const MINE = `query($first: Int, $after: String) { me { favouriteItems(first: $first, after: $after) {
  totalCount nodes { item { id name } } pageInfo { hasNextPage endCursor } } } }`;
const CATALOGUE = `{ catalogueItems(first: 100) { nodes { id isFavourite } } }`;

describe('我的收藏: starred service items', () => {
  let api: TestApi;
  let liHua: Caller;
  let chenJing: Caller;
  let items: { id: string; dbId: string }[];

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    [liHua, chenJing] = await Promise.all([caller(api, LI_HUA), caller(api, CHEN_JING)]);
    const rows = await api.db.serviceItem.findMany({ orderBy: { code: 'asc' }, take: 3 });
    items = rows.map((row) => ({ id: toGlobalId('ServiceItem', row.id), dbId: row.id }));
  });
  afterAll(() => api?.close());

  async function gql(query: string, variables: Record<string, unknown>, as: Caller): Promise<Data> {
    const result = await api.graphql<Data>(query, variables, as);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }
  const rowsOf = (userDbId: string) =>
    api.db.favouriteItem.findMany({ where: { userId: userDbId }, orderBy: { id: 'asc' } });
  const userId = async (name: string) => (await api.db.user.findFirstOrThrow({ where: { name } })).id;

  it('stars items once each, lists them newest first with paging, and marks them in the catalogue', async () => {
    const createdAt: string[] = [];
    for (const item of items) {
      const added = await gql(ADD, { input: { itemId: item.id } }, liHua);
      expect(added.addFavouriteItem.userErrors).toEqual([]);
      expect(added.addFavouriteItem.favourite.item).toMatchObject({ id: item.id, isFavourite: true });
      createdAt.push(added.addFavouriteItem.favourite.createdAt);
    }
    // Starring again (a double click, a second tab) keeps one row and answers the same favourite.
    const again = await gql(ADD, { input: { itemId: items[0]!.id } }, liHua);
    expect(again.addFavouriteItem.userErrors).toEqual([]);
    expect(await rowsOf(await userId('李华'))).toHaveLength(3);
    expect(again.addFavouriteItem.favourite.createdAt).toBe(createdAt[0]);

    const first = await gql(MINE, { first: 2 }, liHua);
    expect(first.me.favouriteItems.totalCount).toBe(3);
    expect(first.me.favouriteItems.nodes.map((n: Data) => n.item.id)).toEqual([items[2]!.id, items[1]!.id]);
    const rest = await gql(MINE, { first: 2, after: first.me.favouriteItems.pageInfo.endCursor }, liHua);
    expect(rest.me.favouriteItems.nodes.map((n: Data) => n.item.id)).toEqual([items[0]!.id]);
    expect(rest.me.favouriteItems.pageInfo.hasNextPage).toBe(false);

    const catalogue = await gql(CATALOGUE, {}, liHua);
    const starred = catalogue.catalogueItems.nodes.filter((n: Data) => n.isFavourite).map((n: Data) => n.id);
    expect(starred.sort()).toEqual(items.map((item) => item.id).sort());
    // Another person, and a signed-out visitor, see none of 李华's stars.
    const others = await gql(CATALOGUE, {}, chenJing);
    expect(others.catalogueItems.nodes.some((n: Data) => n.isFavourite)).toBe(false);
    const anonymous = await gql(CATALOGUE, {}, null);
    expect(anonymous.catalogueItems.nodes.some((n: Data) => n.isFavourite)).toBe(false);
    expect((await gql(MINE, {}, chenJing)).me.favouriteItems.totalCount).toBe(0);

    const removed = await gql(REMOVE, { input: { itemId: items[1]!.id } }, liHua);
    expect(removed.removeFavouriteItem).toEqual({
      item: { id: items[1]!.id, isFavourite: false },
      userErrors: [],
    });
    expect((await gql(MINE, {}, liHua)).me.favouriteItems.totalCount).toBe(2);
  });

  it('refuses to unstar what the caller has not starred, and an unknown item, changing nothing', async () => {
    const li = await userId('李华');
    await gql(ADD, { input: { itemId: items[2]!.id } }, liHua);
    const before = await api.db.favouriteItem.findMany({ orderBy: { id: 'asc' } });
    // 陈静 cannot remove 李华's star: for her the item is simply not starred.
    const others = await gql(REMOVE, { input: { itemId: items[2]!.id } }, chenJing);
    expect(others.removeFavouriteItem).toEqual({
      item: null,
      userErrors: [{ field: ['input', 'itemId'], code: 'NOT_FOUND', message: '未收藏该事项。' }],
    });
    const unknown = await gql(ADD, { input: { itemId: toGlobalId('ServiceItem', li) } }, liHua);
    expect(unknown.addFavouriteItem.userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
      field: ['input', 'itemId'],
    });
    const malformed = await gql(REMOVE, { input: { itemId: 'not-an-id' } }, liHua);
    expect(malformed.removeFavouriteItem.userErrors[0].code).toBe('NOT_FOUND');
    expect(await api.db.favouriteItem.findMany({ orderBy: { id: 'asc' } })).toEqual(before);

    // Staff have no 我的收藏.
    const supervisor = await caller(api, SUPERVISOR);
    const refused = await api.graphql(ADD, { input: { itemId: items[0]!.id } }, supervisor);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(MINE, {}, supervisor)).me.favouriteItems.totalCount).toBe(0);
  });

  it('keeps one row per person and item when many requests star it at once, and the database refuses a second', async () => {
    const chen = await userId('陈静');
    const results = await Promise.all(
      Array.from({ length: 8 }, () => gql(ADD, { input: { itemId: items[0]!.id } }, chenJing)),
    );
    expect(results.every((r) => r.addFavouriteItem.userErrors.length === 0)).toBe(true);
    expect(await api.db.favouriteItem.count({ where: { userId: chen, itemId: items[0]!.dbId } })).toBe(1);
    await expect(
      api.db.favouriteItem.create({ data: { userId: chen, itemId: items[0]!.dbId, createdAt: new Date() } }),
    ).rejects.toThrow(/Unique constraint|favourite_items_user_id_item_id_key|P2002/);
  });
});
