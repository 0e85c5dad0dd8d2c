import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPrisma } from '../../api/src/db/prisma.ts';
import { idNumberCheckChar } from '../../api/src/lib/id-number.ts';
import { createCaseLike } from '../../api/src/testing/fixtures.ts';
import { dispatchOutbox } from '../../api/src/jobs/dispatch-outbox.ts';
import { syncOutboxSubscriptions } from '../../api/src/jobs/sync-outbox-subscriptions.ts';
import { notificationHandler } from '../../api/src/notification/notification-handler.ts';
import { sendDueSms } from '../../api/src/notification/send-due-sms.ts';
import { loggingSmsProvider } from '../../api/src/notification/sms-provider.ts';
import { smsSendableAt } from '../../api/src/notification/quiet-hours.ts';
import { ACCOUNTS, saveScreenshot, waitForHydration } from './browser';
import { createPerson } from './people';
import { usersInBrowsers } from './users';

/**
 * 我的互动 in Chromium: the 南开社保分中心 clerk completes a citizen's case in the workbench; the job room's parts
 * (the notifications outbox subscriber, then the SMS sender with the logging provider) run as the worker runs
 * them; the citizen sees the unread count in the header, the notification in 消息通知, and the logging
 * provider has the SMS. A citizen of its own, so that 李华's lists stay as the other browser tests expect.
 */
const webUrl = inject('webUrl');
const db = createPrisma(inject('databaseUrl'));
const { openAs } = usersInBrowsers(webUrl);
afterAll(() => db.$disconnect());

const TEMPLATE_CASE = '20261121143005667788'; // a 南开社保分中心 case (seed)
const PHONE = '13912345678';

async function citizenWithCase(n: number) {
  const first17 = `1201041993040${n}${401 + 2 * n}`;
  const idNumber = first17 + idNumberCheckChar(first17);
  const password = 'Notice#2026';
  const phone = `${PHONE.slice(0, -1)}${n}`;
  const user = await createPerson(db, { name: `消息测试${n}`, idNumber, phone, password });
  const businessNumber = `2026120410300${String(n).padStart(7, '0')}`;
  await createCaseLike(db, TEMPLATE_CASE, { businessNumber, applicantId: user.id, status: 'IN_PROGRESS' });
  return { account: { login: idNumber, password, name: user.name }, businessNumber, userId: user.id };
}

/** The jobs room's notification work, as `npm run worker` does it (the test stack runs no worker). */
async function runNotificationJobs() {
  const handler = notificationHandler();
  await syncOutboxSubscriptions(db, [handler]);
  while ((await dispatchOutbox(db, [handler])).handled > 0);
}

for (const [n, width] of [
  [1, 1280],
  [2, 375],
] as const) {
  describe(`消息通知 at ${width} px`, () => {
    it('a department completes the case: the citizen gets it in the inbox and by SMS (logging provider)', async () => {
      const { account, businessNumber, userId } = await citizenWithCase(n);
      // The worker runs before the clerk acts: a new subscription starts at the outbox's current position.
      await syncOutboxSubscriptions(db, [notificationHandler()]);

      const clerk = await openAs(ACCOUNTS.socialSecurityClerk, '/staff/department');
      await waitForHydration(clerk.getByLabel('关键字'));
      await clerk.getByLabel('关键字').fill(businessNumber);
      await clerk.getByRole('button', { name: '查询' }).click();
      await clerk.waitForURL(`**/staff/department?keyword=${businessNumber}`);
      await clerk.getByRole('link', { name: '办理', exact: true }).click();
      await clerk.waitForURL('**/staff/department/cases/**');
      const actions = clerk.getByTestId('case-actions');
      await waitForHydration(actions.getByLabel('办理结果'));
      await actions.getByLabel('办理结果').fill('准予恢复养老保险待遇');
      await actions.getByLabel('窗口领取').check();
      await actions.getByRole('button', { name: '办结' }).click();
      await actions.getByRole('status').filter({ hasText: '已办结' }).waitFor();

      await runNotificationJobs();
      const notification = await db.notification.findFirstOrThrow({
        where: { userId, kind: 'CASE_COMPLETED' },
        include: { sms: true },
      });
      const sms = notification.sms!;
      expect(sms.dueAt).toEqual(smsSendableAt(notification.createdAt));
      // The sender at the message's time (quiet hours move it to 08:00 CST).
      await sendDueSms(db, loggingSmsProvider(db, pino({ level: 'silent' })), sms.dueAt);
      const logged = await db.smsLog.findUniqueOrThrow({ where: { idempotencyKey: sms.id } });
      expect(logged.phoneMasked).toBe(`139****567${n}`);
      expect(logged.text).toContain(`业务编号 ${businessNumber}）已办结。`);

      const citizen = await openAs(account, '/personal');
      await citizen.setViewportSize({ width, height: 800 });
      const badge = citizen.getByTestId('header-messages');
      expect((await badge.innerText()).replace(/\s+/g, '')).toBe('消息1条未读');
      await badge.click();
      await citizen.waitForURL('**/personal/messages');
      const card = citizen.getByTestId('notifications').getByRole('listitem').first();
      await card.getByRole('heading', { name: /办件已办结/ }).waitFor();
      expect(await card.innerText()).toContain(businessNumber);
      await saveScreenshot(citizen, `page-消息通知-${width}`);
      await waitForHydration(card.getByRole('button', { name: '标为已读' }));
      await card.getByRole('button', { name: '标为已读' }).click();
      await card.getByRole('button', { name: '标为已读' }).waitFor({ state: 'detached' });
      expect((await badge.innerText()).trim()).toBe('消息');
      await card.getByRole('link', { name: '查看办件' }).click();
      await citizen.waitForURL('**/personal/cases/**');
    });
  });
}
