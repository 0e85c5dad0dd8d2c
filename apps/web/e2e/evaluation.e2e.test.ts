import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ACCOUNTS, screenshotWidths, waitForHydration } from './browser';
import { confirmModal, usersInBrowsers } from './users';

// 好差评 end to end: the citizen evaluates a completed case, the department replies from its queue, the
// citizen adds a 追评, and the supervisor's figures move. The case is made here, completed just now by
// 南开社保分中心's own system over the partner API, so its 7-day evaluation window is open whenever the test
// runs. This file runs first (name order) and adds one 办结件 for 李华; the other files' assertions allow it.

const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');

const BUSINESS_NUMBER = `E2E${Date.now()}`;
const BAD_COMMENT = '材料要求说明不清楚，往返窗口三次才办完。';
const REPLY = '已核实情况，办事指南已补充材料说明，感谢您的监督。';
const FOLLOW_UP = '已看到回复，指南确实更新了。';
const APPEAL_REASON = '申请人反映的情况与窗口记录不符，申请复核。';

const { openAs, track } = usersInBrowsers(webUrl);

/** 南开社保分中心's system pushes a case of 李华's, completed an hour ago (互联互通). */
async function syncCompletedCase(businessNumber: string) {
  const token = await fetch(`${apiUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'nk-social-security-system',
      client_secret: 'dev-secret-nk-social-security',
      scope: 'cases:sync',
    }),
  }).then((response) => response.json() as Promise<{ access_token: string }>);
  const now = Date.now();
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token.access_token}` },
    body: JSON.stringify({
      query:
        'mutation($input: SyncCaseInput!) { syncCase(input: $input) { case { status } userErrors { message } } }',
      variables: {
        input: {
          businessNumber,
          applicantIdNumber: ACCOUNTS.citizen.login,
          itemCode: 'nk-ss-pension-resume',
          status: 'COMPLETED',
          appliedAt: new Date(now - 3 * 3600_000).toISOString(),
          statusChangedAt: new Date(now - 3600_000).toISOString(),
          resultSummary: '准予恢复养老保险待遇',
        },
      },
    }),
  }).then((r) => r.json() as Promise<{ data?: { syncCase: { case: { status: string } | null } } }>);
  expect(response.data?.syncCase.case?.status).toBe('COMPLETED');
}

beforeAll(async () => {
  await syncCompletedCase(BUSINESS_NUMBER);
});

/** The supervisor's overall figure, e.g. 评价总量, as shown on 评价统计. */
async function figure(page: Page, key: string): Promise<string> {
  return (await page.getByTestId(`figure-${key}`).locator('.figure-card__value').innerText()).trim();
}

/** The count on one tab of the 差评回复 queue. */
async function tabCount(page: Page, label: string): Promise<number> {
  const tabs = page.getByRole('navigation', { name: '差评回复状态' });
  const text = await tabs.getByRole('link', { name: new RegExp(`^${label}`) }).innerText();
  return Number(/(\d+)\s*$/.exec(text.trim())?.[1]);
}

describe('好差评', () => {
  it('citizen evaluates, department replies, citizen adds a 追评, supervisor sees the figures change', async () => {
    // The supervisor starts at 评价统计 (their header link leads there too).
    const supervisor = await openAs(ACCOUNTS.supervisor, '/supervisor/evaluations');
    await supervisor.getByRole('banner').getByRole('link', { name: '好差评管理' }).waitFor();
    await supervisor.getByRole('heading', { name: '评价统计' }).waitFor();
    await screenshotWidths(supervisor, 'supervisor-evaluations');
    const totalBefore = Number(await figure(supervisor, 'total'));
    const activeBefore = Number(await figure(supervisor, 'active'));

    // 办结件: the new case shows 评价 and 查看.
    const listPath = `/personal/cases?list=COMPLETED&keyword=${BUSINESS_NUMBER}`;
    const citizen = await openAs(ACCOUNTS.citizen, listPath);
    const row = citizen.getByTestId('case-table').locator('tbody tr.data-table__row');
    await expect.poll(() => row.count()).toBe(1);
    expect((await row.locator('td').last().innerText()).replace(/\s+/g, ' ').trim()).toBe('评价 查看');
    await row.getByRole('link', { name: '评价' }).click();
    await citizen.waitForURL('**/evaluate');
    await citizen.getByRole('heading', { name: '评价' }).waitFor();
    // 评价截止时间: 24:00 CST of the 7th natural day after completion.
    await citizen.getByText(/评价截止时间\s*\d{4}-\d{2}-\d{2} 24:00（北京时间）/).waitFor();
    // The online dimensions (a 互联互通 case is evaluated online) and the comment's stated limit.
    for (const name of ['办事效率', '办事指南精确度', '办事便捷度', '平台操作性']) {
      await citizen.getByText(name, { exact: true }).waitFor();
    }
    await screenshotWidths(citizen, 'evaluate');
    expect(await citizen.getByText('服务态度', { exact: true }).count()).toBe(0);
    const evaluateUrl = citizen.url();

    // A second tab on the same form, to send after the first one has been sent.
    const secondTab = await citizen.context().newPage();
    track(secondTab);
    await secondTab.goto(evaluateUrl);

    // Without JavaScript the form is still sent (a server action): a 差评 without a comment comes back with
    // the API's refusal beside 评价内容 and the grade still chosen, and nothing is saved.
    const noScript = await citizen
      .context()
      .browser()!
      .newContext({
        baseURL: webUrl,
        locale: 'zh-CN',
        javaScriptEnabled: false,
        storageState: await citizen.context().storageState(),
      });
    try {
      const plain = await noScript.newPage();
      track(plain);
      await plain.goto(evaluateUrl);
      const plainForm = plain.getByTestId('evaluation-form');
      await plainForm.getByText('不满意', { exact: true }).click();
      await plainForm.getByRole('button', { name: '提交评价' }).click();
      await plainForm.getByText('选择“不满意”或“非常不满意”时必须填写评价内容。').waitFor();
      expect(await plainForm.getByLabel('评价内容').getAttribute('aria-invalid')).toBe('true');
      expect(await plainForm.getByRole('radio', { name: '不满意', exact: true }).isChecked()).toBe(true);
      expect(new URL(plain.url()).pathname).toBe(new URL(evaluateUrl).pathname);
    } finally {
      await noScript.close();
    }

    // A 差评 without a comment cannot be sent.
    const form = citizen.getByTestId('evaluation-form');
    await waitForHydration(form.getByRole('button', { name: '提交评价' }));
    await form.getByText('不满意', { exact: true }).click();
    await form.getByText('必须填写评价内容，最多 500 字').waitFor();
    await form.getByRole('button', { name: '提交评价' }).click();
    await form.getByText('选择“不满意”“非常不满意”时，请填写评价内容').waitFor();
    await screenshotWidths(citizen, 'evaluate-bad-without-comment');
    expect(citizen.url()).toBe(evaluateUrl);

    // With a comment and one dimension score it is sent, and the view shows it.
    await form
      .locator('.evaluation-form__dimension')
      .filter({ hasText: '办事效率' })
      .locator('.star-rating__star')
      .nth(1)
      .click();
    await form.getByLabel('评价内容').fill(BAD_COMMENT);
    await form.getByRole('button', { name: '提交评价' }).click();
    await citizen.waitForURL('**/evaluation?submitted=1');
    await citizen.getByRole('status').filter({ hasText: '评价已提交，感谢您的评价' }).waitFor();
    const view = citizen.getByTestId('evaluation-view');
    expect(await view.getByTestId('evaluation-level').innerText()).toContain('不满意');
    await view.getByText(BAD_COMMENT).waitFor();
    await view.getByText('网上办事大厅').waitFor();
    await view.getByLabel('办事效率 2 星').waitFor();
    await view.getByText(/部门回复期限\s*\d{4}-\d{2}-\d{2} 24:00 前/).waitFor();
    await screenshotWidths(citizen, 'evaluation-view');

    // The other tab's submission is refused by the API with its message shown, not a second evaluation.
    const secondForm = secondTab.getByTestId('evaluation-form');
    await waitForHydration(secondForm.getByRole('button', { name: '提交评价' }));
    await secondForm.getByText('满意', { exact: true }).click();
    await secondForm.getByRole('button', { name: '提交评价' }).click();
    // Scoped to the form: Next's route announcer is a role="alert" too, once it has mounted.
    await secondForm.getByRole('alert').waitFor();
    expect(secondTab.url()).toBe(evaluateUrl);

    // 操作 now shows 已评价, which opens the evaluation.
    await citizen.goto(listPath);
    await expect
      .poll(async () => (await row.locator('td').last().innerText()).replace(/\s+/g, ' ').trim())
      .toBe('已评价 查看');
    await screenshotWidths(citizen, 'completed-list-evaluated');
    await row.getByRole('link', { name: '已评价' }).click();
    await citizen.waitForURL('**/evaluation');
    await citizen.getByText(BAD_COMMENT).waitFor();
    expect(await citizen.getByTestId('follow-up-form').count()).toBe(0);

    // 南开社保分中心's clerk finds it in 待回复 with its deadline, and replies.
    const clerk = await openAs(ACCOUNTS.socialSecurityClerk, '/staff/department/evaluations');
    await clerk
      .getByRole('navigation', { name: '部门工作台' })
      .getByRole('link', { name: '差评回复' })
      .waitFor();
    const pendingBefore = await tabCount(clerk, '待回复');
    const repliedBefore = await tabCount(clerk, '已回复');
    const task = clerk.getByTestId('evaluation-task-table').locator('tbody tr.data-table__row').filter({
      hasText: BUSINESS_NUMBER,
    });
    await task.waitFor();
    await screenshotWidths(clerk, 'department-queue');
    expect(await task.innerText()).toMatch(/\d{4}-\d{2}-\d{2} 24:00/);
    await task.getByRole('link', { name: '回复' }).click();
    await clerk.waitForURL('**/staff/department/evaluations/**');
    await clerk.getByText(BAD_COMMENT).waitFor();
    await screenshotWidths(clerk, 'department-evaluation');
    const replyForm = clerk.getByTestId('reply-form');
    await waitForHydration(replyForm.getByRole('button', { name: '发送回复' }));
    // An empty reply is refused under its field before anything is asked or sent.
    await replyForm.getByRole('button', { name: '发送回复' }).click();
    await replyForm.getByText('请填写回复内容').waitFor();
    expect(await clerk.getByRole('dialog').count()).toBe(0);
    await replyForm.getByLabel('回复内容（申请人可见）').fill(REPLY);
    await replyForm.getByRole('button', { name: '发送回复' }).click();
    await clerk.getByText('回复发送后申请人即可看到，不能修改或撤回。').waitFor();
    await confirmModal(clerk);
    await clerk.getByTestId('evaluation-reply').getByText(REPLY).waitFor();
    await expect.poll(() => clerk.getByTestId('reply-form').count()).toBe(0);

    // A 回访 note, for the department and the supervisor.
    const callbackForm = clerk.getByTestId('callback-form');
    await callbackForm.getByLabel('回访情况').fill('已电话回访申请人，申请人表示理解。');
    await callbackForm.getByRole('button', { name: '记录回访' }).click();
    await clerk.getByTestId('evaluation-callback').getByText('已电话回访申请人，申请人表示理解。').waitFor();
    await screenshotWidths(clerk, 'department-evaluation-replied');

    // 申诉: the department asks the supervisor to exclude the review (decided at the end of this test).
    const appealForm = clerk.getByTestId('appeal-form');
    await appealForm.getByLabel('申诉理由').fill(APPEAL_REASON);
    await appealForm.getByRole('button', { name: '提交申诉' }).click();
    await confirmModal(clerk);
    await clerk.getByText(APPEAL_REASON).waitFor();
    await expect.poll(() => clerk.getByTestId('appeal-form').count()).toBe(0);

    await clerk.goto('/staff/department/evaluations');
    expect(await tabCount(clerk, '待回复')).toBe(pendingBefore - 1);
    expect(await tabCount(clerk, '已回复')).toBe(repliedBefore + 1);

    // Another department's clerk sees none of it.
    const otherClerk = await openAs(ACCOUNTS.approvalClerk, '/staff/department/evaluations?state=REPLIED');
    await otherClerk.getByTestId('evaluation-task-table').waitFor();
    expect(await otherClerk.getByText(BUSINESS_NUMBER).count()).toBe(0);

    // The citizen sees the reply and adds one 追评.
    await citizen.reload();
    await citizen.getByTestId('evaluation-reply').getByText(REPLY).waitFor();
    const followUpForm = citizen.getByTestId('follow-up-form');
    await waitForHydration(followUpForm.getByRole('button', { name: '提交追评' }));
    await followUpForm.getByLabel('追评内容').fill(FOLLOW_UP);
    await followUpForm.getByRole('button', { name: '提交追评' }).click();
    await confirmModal(citizen);
    await citizen.getByTestId('evaluation-follow-up').getByText(FOLLOW_UP).waitFor();
    await screenshotWidths(citizen, 'evaluation-view-follow-up');
    await expect.poll(() => citizen.getByTestId('follow-up-form').count()).toBe(0);

    // The supervisor's figures count the new evaluation.
    await supervisor.reload();
    await supervisor.getByRole('heading', { name: '评价统计' }).waitFor();
    expect(Number(await figure(supervisor, 'total'))).toBe(totalBefore + 1);
    expect(Number(await figure(supervisor, 'active'))).toBe(activeBefore + 1);
    await supervisor
      .getByTestId('department-figures')
      .locator('tbody tr')
      .filter({ hasText: '南开社保分中心' })
      .waitFor();

    // 申诉复核: the supervisor's appeals page opens from the section navigation.
    await supervisor
      .getByRole('navigation', { name: '好差评管理' })
      .getByRole('link', { name: '申诉复核' })
      .click();
    await supervisor.getByRole('heading', { name: '申诉复核' }).waitFor();
    const appeal = supervisor.getByTestId('appeal-card').filter({ hasText: BUSINESS_NUMBER });
    await appeal.getByText(APPEAL_REASON).waitFor();
    await screenshotWidths(supervisor, 'supervisor-appeals');
    // Upheld: the review stays (the citizen still sees it) but leaves the figures.
    await waitForHydration(appeal.getByRole('button', { name: '提交复核结果' }));
    await appeal.getByText('申诉成立（评价保留，不计入统计）').click();
    await appeal.getByLabel('复核意见').fill('经核实，评价与事实不符。');
    await appeal.getByRole('button', { name: '提交复核结果' }).click();
    await confirmModal(supervisor);
    await expect.poll(() => appeal.count()).toBe(0);
    await supervisor.goto('/supervisor/evaluations');
    expect(Number(await figure(supervisor, 'total'))).toBe(totalBefore);
    await citizen.reload();
    await citizen.getByText(BAD_COMMENT).waitFor();
    // One story through four users' browsers: longer than a single page's test.
  }, 300_000);

  it('keeps citizens out of the supervisor’s and the department’s pages', async () => {
    const citizen = await openAs(ACCOUNTS.citizen, '/supervisor/evaluations');
    await citizen.getByText('您没有权限访问此页面').waitFor();
    await citizen.goto('/staff/department/evaluations');
    await citizen.getByText('您没有权限访问此页面').waitFor();
  });
});
