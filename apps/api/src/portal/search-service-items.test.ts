import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { nameSearchKeys } from '../catalogue/index.ts';
import { SEARCH_SCORES } from './search-service-items.ts';

/** 首页 search (graphql/portal.graphql searchServiceItems): name, synonym, pinyin initials and pinyin, ranked. */
type Hit = {
  item: { code: string; name: string };
  matchedBy: string;
  synonym: string | null;
  highlights: { start: number; length: number }[];
  score: number;
};
type Data = {
  searchServiceItems: {
    totalCount: number;
    nodes: Hit[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const SEARCH = `query($q: String!, $a: ServiceAudience, $first: Int, $after: String) {
  searchServiceItems(query: $q, audience: $a, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { item { code name } matchedBy synonym highlights { start length } score } } }`;

describe('searchServiceItems', () => {
  let api: TestApi;
  const search = async (q: string, extra: Record<string, unknown> = {}) => {
    const result = await api.graphql<Data>(SEARCH, { q, ...extra });
    expect(result.errors).toBeUndefined();
    return result.data!.searchServiceItems;
  };

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    const department = await api.db.department.findUniqueOrThrow({ where: { code: 'tj-ndrc' } });
    // Two items of this file's own database, to rank against the seeded ones.
    for (const [code, name] of [
      ['test-foreign-annual', '外资企业年报'],
      ['test-foreign-report', '外商投资信息报告'],
    ] as const) {
      await api.db.serviceItem.create({
        data: { code, name, departmentId: department.id, ...nameSearchKeys(name) },
      });
    }
  });
  afterAll(() => api?.close());

  it('finds 外商投资项目核准 by its pinyin initials, highlighting the characters they stand for', async () => {
    const result = await search('wstz');
    const names = result.nodes.map((hit) => hit.item.name);
    // Both initials start with wstz; equal in length, so by item code.
    expect(names).toEqual(['外商投资信息报告', '外商投资项目核准']);
    const hit = result.nodes.find((node) => node.item.code === 'tj-ndrc-foreign-investment')!;
    expect(hit).toMatchObject({
      matchedBy: 'INITIALS',
      score: SEARCH_SCORES.initialsPrefix,
      highlights: [{ start: 0, length: 4 }],
    });
    // Upper case and spaces are how people type too.
    expect((await search(' WS TZ ')).nodes.map((node) => node.item.code)).toContain(
      'tj-ndrc-foreign-investment',
    );
    // More initials narrow it to the one item, matched whole.
    const whole = await search('wstzxmhz');
    expect(whole.nodes.map((node) => [node.item.code, node.matchedBy, node.score])).toEqual([
      ['tj-ndrc-foreign-investment', 'INITIALS', SEARCH_SCORES.initialsExact],
    ]);
  });

  it('finds by full pinyin from the start of a syllable only, highlighting whole characters', async () => {
    const fromStart = await search('waishangtou');
    const hit = fromStart.nodes.find((node) => node.item.code === 'tj-ndrc-foreign-investment')!;
    expect(hit).toMatchObject({
      matchedBy: 'PINYIN',
      score: SEARCH_SCORES.pinyinPrefix,
      highlights: [{ start: 0, length: 3 }],
    });
    const inside = await search('touzixiangmu');
    // 外商·投资项目·核准 and 企业·投资项目·备案, both from their third character.
    expect(inside.nodes.map((node) => [node.item.code, node.matchedBy, node.highlights])).toEqual([
      ['tj-ndrc-enterprise-investment-filing', 'PINYIN', [{ start: 2, length: 4 }]],
      ['tj-ndrc-foreign-investment', 'PINYIN', [{ start: 2, length: 4 }]],
    ]);
    // "ouzi" is inside the letters of tou·zi but starts no syllable: no match.
    expect((await search('ouzixiangmu')).totalCount).toBe(0);
  });

  it('finds by a reviewed synonym, and ranks a name match above a synonym match', async () => {
    const exact = await search('外资项目');
    expect(exact.nodes.map((node) => [node.item.code, node.matchedBy, node.synonym, node.score])).toEqual([
      ['tj-ndrc-foreign-investment', 'SYNONYM', '外资项目', SEARCH_SCORES.synonymExact],
    ]);
    expect(exact.nodes[0]!.highlights).toEqual([]);
    // 外资: the name of 外资企业年报 starts with it (90); 外商投资项目核准 has synonyms starting with it (65).
    const ranked = await search('外资');
    expect(ranked.nodes.map((node) => [node.item.code, node.matchedBy, node.score])).toEqual([
      ['test-foreign-annual', 'NAME', SEARCH_SCORES.namePrefix],
      ['tj-ndrc-foreign-investment', 'SYNONYM', SEARCH_SCORES.synonymPrefix],
    ]);
    expect(ranked.nodes[0]!.highlights).toEqual([{ start: 0, length: 2 }]);
  });

  it('ranks the exact name first, then names starting with the words, then names holding them', async () => {
    const result = await search('外商投资项目核准');
    expect(result.nodes[0]).toMatchObject({
      item: { code: 'tj-ndrc-foreign-investment' },
      matchedBy: 'NAME',
      score: 100,
    });
    const inside = await search('登记');
    expect(inside.totalCount).toBeGreaterThan(3);
    const scores = inside.nodes.map((node) => node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const node of inside.nodes) {
      expect(
        [...node.item.name].slice(node.highlights[0]!.start, node.highlights[0]!.start + 2).join(''),
      ).toBe('登记');
    }
  });

  it('narrows to an audience, pages with cursors, and treats LIKE wildcards as text', async () => {
    expect((await search('wstz', { a: 'PERSONAL' })).nodes.map((node) => node.item.code)).not.toContain(
      'tj-ndrc-foreign-investment',
    );
    expect((await search('wstz', { a: 'LEGAL' })).nodes.map((node) => node.item.code)).toEqual([
      'tj-ndrc-foreign-investment',
    ]);
    const first = await search('登记', { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search('登记', { first: 2, after: first.pageInfo.endCursor });
    const all = await search('登记', { first: 100 });
    expect([...first.nodes, ...second.nodes].map((node) => node.item.code)).toEqual(
      all.nodes.slice(0, 4).map((node) => node.item.code),
    );
    expect((await search('%')).totalCount).toBe(0);
    expect((await search('_')).totalCount).toBe(0);
  });

  it('refuses an empty or overlong query and a foreign cursor as the caller’s mistake', async () => {
    for (const [variables, argument] of [
      [{ q: '   ' }, 'query'],
      [{ q: '外'.repeat(51) }, 'query'],
      [{ q: '登记', after: 'bm9wZQ' }, 'after'],
      [{ q: '登记', first: 101 }, 'first'],
    ] as const) {
      const result = await api.graphql(SEARCH, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: argument,
      });
    }
  });

  it('stores search keys that agree with the names (seeded items)', async () => {
    const items = await api.db.serviceItem.findMany({ where: { code: { not: { startsWith: 'test-' } } } });
    expect(items.length).toBeGreaterThanOrEqual(20);
    for (const item of items) {
      expect({
        nameSyllables: item.nameSyllables,
        namePinyin: item.namePinyin,
        nameInitials: item.nameInitials,
      }).toEqual(nameSearchKeys(item.name));
    }
    // The database refuses keys that do not fit the name.
    const item = items[0]!;
    await expect(
      api.db.serviceItem.update({ where: { id: item.id }, data: { nameInitials: 'x' } }),
    ).rejects.toThrow(/service_items_search_keys/);
  });
});
