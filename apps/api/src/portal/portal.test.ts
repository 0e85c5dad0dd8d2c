import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type Caller, type TestApi } from '../testing/test-api.ts';
import { toGlobalId } from '../lib/global-id.ts';

/** 首页: notices (published by the administrator only), popular items from the rollups, 关怀模式. */
const ADMIN = '120000197001010067';
const CITIZEN = '11010519491231002X';
const SUPERVISOR = '120103199506300055';

type NoticeRow = { id: string; title: string; publishedAt: string | null };
type Payload = { notice: NoticeRow | null; userErrors: { field: string[] | null; code: string }[] };

const CREATE = `mutation($input: CreateNoticeInput!) { createNotice(input: $input) {
  notice { id title publishedAt } userErrors { field code } } }`;
const PUBLISH = `mutation($input: SetNoticePublishedInput!) { setNoticePublished(input: $input) {
  notice { id title publishedAt } userErrors { field code } } }`;
const PUBLIC = '{ notices(first: 100) { totalCount nodes { id title publishedAt } } }';

describe('portal', () => {
  let api: TestApi;
  let admin: Caller;
  let citizen: Caller;
  let supervisor: Caller;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    admin = { sessionToken: await api.sessionFor(ADMIN) };
    citizen = { sessionToken: await api.sessionFor(CITIZEN) };
    supervisor = { sessionToken: await api.sessionFor(SUPERVISOR) };
  });
  afterAll(() => api?.close());

  /** Every row a refused or invalid notice write could have touched. */
  const snapshot = async () => ({
    notices: await api.db.notice.findMany({ orderBy: { id: 'asc' } }),
    audit: await api.db.auditLog.count({ where: { subjectType: 'Notice' } }),
  });

  it('lists published notices to anyone, newest first, and never an unpublished one', async () => {
    const result = await api.graphql<{ notices: { totalCount: number; nodes: NoticeRow[] } }>(PUBLIC);
    const published = await api.db.notice.findMany({
      where: { publishedAt: { not: null } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    });
    expect(published.length).toBeGreaterThan(0);
    expect(result.data!.notices.nodes.map((node) => node.title)).toEqual(published.map((row) => row.title));
    const draft = await api.db.notice.findFirstOrThrow({ where: { publishedAt: null } });
    const node = await api.graphql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', {
      id: toGlobalId('Notice', draft.id),
    });
    expect(node.data!.node).toBeNull();
  });

  it('refuses notice writing and publishing to everyone but the administrator, changing nothing', async () => {
    const draft = await api.db.notice.findFirstOrThrow({ where: { publishedAt: null } });
    const before = await snapshot();
    for (const [caller, code] of [
      [null, 'UNAUTHENTICATED'],
      [citizen, 'FORBIDDEN'],
      [supervisor, 'FORBIDDEN'],
    ] as const) {
      const created = await api.graphql(
        CREATE,
        { input: { title: '冒充的公告', body: '正文', publish: true } },
        caller,
      );
      expect(created.errors?.[0]?.extensions?.code).toBe(code);
      const published = await api.graphql(
        PUBLISH,
        { input: { noticeId: toGlobalId('Notice', draft.id), published: true } },
        caller,
      );
      expect(published.errors?.[0]?.extensions?.code).toBe(code);
      const all = await api.graphql('{ allNotices { totalCount } }', {}, caller);
      expect(all.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a blank or overlong notice with the field at fault, changing nothing', async () => {
    const before = await snapshot();
    for (const [input, field, code] of [
      [{ title: '  ', body: '正文' }, 'title', 'REQUIRED'],
      [{ title: '标题', body: '' }, 'body', 'REQUIRED'],
      [{ title: '长'.repeat(101), body: '正文' }, 'title', 'INVALID'],
      [{ title: '标题', body: '长'.repeat(5001) }, 'body', 'INVALID'],
    ] as const) {
      const result = await api.graphql<{ createNotice: Payload }>(CREATE, { input }, admin);
      expect(result.data!.createNotice).toEqual({
        notice: null,
        userErrors: [{ field: ['input', field], code }],
      });
    }
    const missing = await api.graphql<{ setNoticePublished: Payload }>(
      PUBLISH,
      { input: { noticeId: toGlobalId('Notice', '00000000-0000-4000-8000-000000000000'), published: true } },
      admin,
    );
    expect(missing.data!.setNoticePublished.userErrors).toEqual([
      { field: ['input', 'noticeId'], code: 'NOT_FOUND' },
    ]);
    expect(await snapshot()).toEqual(before);
    // The table refuses a blank title whoever writes it.
    await expect(
      api.db.notice.create({ data: { title: ' ', body: '正文', authorId: before.notices[0]!.authorId } }),
    ).rejects.toThrow(/notices_title/);
  });

  it('lets the administrator write, publish and withdraw a notice, each step audited', async () => {
    const created = await api.graphql<{ createNotice: Payload }>(
      CREATE,
      { input: { title: '  测试公告  ', body: '第一段。\n\n第二段。' } },
      admin,
    );
    const notice = created.data!.createNotice.notice!;
    expect(notice).toMatchObject({ title: '测试公告', publishedAt: null });
    const titles = async () =>
      (await api.graphql<{ notices: { nodes: NoticeRow[] } }>(PUBLIC)).data!.notices.nodes.map(
        (node) => node.title,
      );
    expect(await titles()).not.toContain('测试公告');

    const published = await api.graphql<{ setNoticePublished: Payload }>(
      PUBLISH,
      { input: { noticeId: notice.id, published: true } },
      admin,
    );
    expect(published.data!.setNoticePublished.notice!.publishedAt).not.toBeNull();
    expect((await titles())[0]).toBe('测试公告');

    await api.graphql(PUBLISH, { input: { noticeId: notice.id, published: false } }, admin);
    expect(await titles()).not.toContain('测试公告');
    const all = await api.graphql<{ allNotices: { nodes: NoticeRow[] } }>(
      '{ allNotices(first: 100) { nodes { id title publishedAt } } }',
      {},
      admin,
    );
    expect(all.data!.allNotices.nodes[0]).toMatchObject({ title: '测试公告', publishedAt: null });
    const audit = await api.db.auditLog.findMany({
      where: { subjectType: 'Notice' },
      orderBy: { occurredAt: 'asc' },
      select: { action: true },
    });
    expect(audit.map((row) => row.action).slice(-3)).toEqual([
      'portal.create_notice',
      'portal.publish_notice',
      'portal.unpublish_notice',
    ]);
  });

  it('lists the most used items from the rollups, the same as counting the cases', async () => {
    const result = await api.graphql<{
      popularServiceItems: { caseCount: number; item: { code: string } }[];
    }>('{ popularServiceItems(first: 5) { caseCount item { code } } }');
    const counted = await api.db.$queryRaw<{ code: string; cases: number }[]>`
      SELECT i."code", count(*)::int AS cases FROM "cases" c JOIN "service_items" i ON i."id" = c."item_id"
       WHERE c."status" <> 'DRAFT' GROUP BY i."code" ORDER BY cases DESC, i."code" LIMIT 5`;
    expect(result.data!.popularServiceItems.map((row) => [row.item.code, row.caseCount])).toEqual(
      counted.map((row) => [row.code, row.cases]),
    );
    const tooMany = await api.graphql('{ popularServiceItems(first: 21) { caseCount } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('keeps 关怀模式 with the signed-in person, and refuses it to anonymous callers', async () => {
    const SET = `mutation($on: Boolean!) { updateDisplaySettings(input: { careMode: $on }) {
      user { careMode } userErrors { code } } }`;
    const anonymous = await api.graphql(SET, { on: true });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const on = await api.graphql<{ updateDisplaySettings: { user: { careMode: boolean } } }>(
      SET,
      { on: true },
      citizen,
    );
    expect(on.data!.updateDisplaySettings.user.careMode).toBe(true);
    const me = async (caller: Caller) =>
      (await api.graphql<{ me: { careMode: boolean } }>('{ me { careMode } }', {}, caller)).data!.me.careMode;
    expect(await me({ sessionToken: await api.sessionFor(CITIZEN) })).toBe(true); // another device
    expect(await me(supervisor)).toBe(false); // someone else's setting is their own
    await api.graphql(SET, { on: false }, citizen);
    expect(await me(citizen)).toBe(false);
  });
});
