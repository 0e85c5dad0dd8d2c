import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPrisma } from '../../api/src/db/prisma.ts';
import { maskPhone } from '../../api/src/lib/pii.ts';
import { idNumberCheckChar } from '../../api/src/lib/id-number.ts';
import { dispatchOutbox } from '../../api/src/jobs/dispatch-outbox.ts';
import { syncOutboxSubscriptions } from '../../api/src/jobs/sync-outbox-subscriptions.ts';
import { notificationHandler } from '../../api/src/notification/notification-handler.ts';
import { sendDueSms } from '../../api/src/notification/send-due-sms.ts';
import { loggingSmsProvider } from '../../api/src/notification/sms-provider.ts';
import { ACCOUNTS, screenshotWidths, waitForHydration } from './browser';
import { createPerson } from './people';
import { confirmModal, usersInBrowsers } from './users';

/**
 * 咨询投诉 in Chromium: a citizen asks 市发改委 about 外商投资项目核准 from its 办事指南; the department's clerk
 * answers from the workbench's 咨询投诉; the job room's parts (the notifications subscriber, the SMS sender with
 * the logging provider) run as the worker runs them; the citizen reads the answer in 我的互动 → 咨询投诉 and the
 * notification in 消息通知. A citizen of its own per width, so 李华's inbox stays as the other tests expect.
 */
const webUrl = inject('webUrl');
const db = createPrisma(inject('databaseUrl'));
const { openAs } = usersInBrowsers(webUrl);
afterAll(() => db.$disconnect());

const PHONE = '13712345670';

async function newCitizen(n: number) {
  const first17 = `1201041994050${n}${301 + 2 * n}`;
  const idNumber = first17 + idNumberCheckChar(first17);
  const password = 'Question#2026';
  const phone = `${PHONE.slice(0, -1)}${n}`;
  const user = await createPerson(db, { name: `咨询测试${n}`, idNumber, phone, password });
  return { account: { login: idNumber, password }, userId: user.id, phone };
}

for (const [n, width] of [
  [1, 1280],
  [2, 375],
] as const) {
  describe(`咨询投诉 at ${width} px`, () => {
    it('a citizen asks from the 办事指南, the department answers, and the citizen reads the answer', async () => {
      const { account, userId, phone } = await newCitizen(n);
      // The worker runs before the clerk answers: a new subscription starts at the outbox's current position.
      await syncOutboxSubscriptions(db, [notificationHandler()]);
      const item = await db.serviceItem.findUniqueOrThrow({ where: { code: 'tj-ndrc-foreign-investment' } });
      const text = `外资持股比例超过多少需要核准？（${width}）`;

      const citizen = await openAs(account, '/personal/questions');
      await citizen.setViewportSize({ width, height: 800 });
      await citizen.goto('/search?q=wstz');
      await citizen
        .getByRole('link', { name: /外商投资项目核准/ })
        .first()
        .click();
      await citizen.waitForURL('**/items/**');
      await citizen.getByTestId('ask-question').click();
      await citizen.waitForURL('**/personal/questions/new?**');
      await citizen.getByRole('heading', { level: 1, name: '我要咨询' }).waitFor();
      await waitForHydration(citizen.getByRole('button', { name: '提交' }));
      await screenshotWidths(citizen, 'ask-question');
      // The item came with the link; an empty text is refused before anything is sent.
      expect(await citizen.getByText('外商投资项目核准（天津市发展和改革委员会）').count()).toBe(1);
      await citizen.getByRole('button', { name: '提交' }).click();
      await citizen.getByText('请输入内容').waitFor();
      await citizen.getByLabel('内容').fill(text);
      await citizen.getByRole('button', { name: '提交' }).click();
      await citizen.waitForURL('**/personal/questions');
      const card = citizen.getByTestId('question').filter({ hasText: text });
      await card.getByText('待答复').waitFor();
      expect(await db.question.count({ where: { userId, itemId: item.id } })).toBe(1);
      await screenshotWidths(citizen, 'my-questions');

      const clerk = await openAs(ACCOUNTS.ndrcClerk, '/staff/department/questions');
      await clerk.setViewportSize({ width, height: 800 });
      const queued = clerk.getByTestId('question').filter({ hasText: text });
      await queued.getByText(`提问人：咨询测试${n}`).waitFor();
      await waitForHydration(queued.getByRole('button', { name: '发送答复' }));
      await screenshotWidths(clerk, 'department-questions');
      const answer = `负面清单内的外商投资项目需核准，详见办事指南。（${width}）`;
      await queued.getByLabel('答复内容（提问人可见）').fill(answer);
      await queued.getByRole('button', { name: '发送答复' }).click();
      await confirmModal(clerk);
      await clerk.getByText('答复已发送').waitFor();
      await clerk.getByRole('link', { name: /已答复/ }).click();
      await clerk.waitForURL('**/staff/department/questions?state=ANSWERED');
      await clerk.getByTestId('question').filter({ hasText: answer }).waitFor();

      // The job room: one notification and one SMS to the citizen's phone.
      await syncOutboxSubscriptions(db, [notificationHandler()]);
      while ((await dispatchOutbox(db, [notificationHandler()])).handled > 0);
      const notification = await db.notification.findFirstOrThrow({
        where: { userId, kind: 'QUESTION_ANSWERED' },
        include: { sms: true },
      });
      await sendDueSms(db, loggingSmsProvider(db, pino({ level: 'silent' })), notification.sms!.dueAt);
      const logged = await db.smsLog.findUniqueOrThrow({ where: { idempotencyKey: notification.sms!.id } });
      expect(logged.phoneMasked).toBe(maskPhone(phone));
      expect(logged.text).toContain('天津市发展和改革委员会已答复您关于“外商投资项目核准”的咨询');

      await citizen.goto('/personal/questions');
      const answered = citizen.getByTestId('question').filter({ hasText: text });
      await answered.getByText('已答复').waitFor();
      expect(await answered.getByTestId('question-answer').innerText()).toContain(answer);
      await citizen.goto('/personal/messages');
      const message = citizen.getByTestId('notifications').getByRole('listitem').first();
      await message.getByRole('heading', { name: /部门已答复您的咨询/ }).waitFor();
      await message.getByRole('link', { name: '查看答复' }).click();
      await citizen.waitForURL('**/personal/questions');
    });
  });
}
