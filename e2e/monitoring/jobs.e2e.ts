import { describe, expect, it } from 'vitest';
import type { TJob } from '../../core/contracts/jobs';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

// Ant Design spaces a two-character button label ("重 试").
const RETRY = /^重\s*试$/;

describe('background jobs', () => {
  it('[MONITORING][JOBS]: finance queues a recompute of the year on 后台任务 and watches it finish', async () => {
    const { page, context } = await signIn('finance');
    page.setDefaultTimeout(15_000);
    await page.goto(`${BASE_URL}/system/jobs`);
    await page.getByText('后台任务', { exact: true }).first().waitFor();
    // The demo monitors 2025 (the page opens on the work year, which has no rounds yet).
    await page.locator('.ant-card-extra .ant-select').click();
    await page.locator('.ant-select-item-option[title="2025年度"]').click();
    await page.getByRole('button', { name: '重新计算全年预警' }).click();
    await page.getByText('已加入后台任务').waitFor();
    const row = page.getByRole('row').filter({ hasText: '重新计算全年监控预警' }).first();
    await row.waitFor();
    // The server's runner picks the job up within its poll interval; the page refreshes itself while it runs.
    await row.getByText('已完成').waitFor({ timeout: 30_000 });
    await context.close();
  });

  it('[MONITORING][JOBS]: a row opens the job in a drawer with its parameters, result and history; 重试 only when allowed', async () => {
    const finance = await apiAs('finance');
    const { items } = await finance.get<{ items: TJob[] }>('/api/jobs?status=done');
    const done = items.find((j) => j.kind === 'monitoring.recomputeYear');
    if (!done) throw new Error('the first test leaves a finished recompute job');
    const { page, context } = await signIn('finance');
    page.setDefaultTimeout(15_000);
    await page.goto(`${BASE_URL}/system/jobs`);
    await page.getByRole('row').filter({ hasText: '重新计算全年监控预警' }).first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(`后台任务 ${done.id}：重新计算全年监控预警`).waitFor();
    await drawer.getByText('年度：').first().waitFor();
    await drawer.getByText('监控轮次（轮）：').waitFor();
    await drawer.getByText('加入后台任务').waitFor();
    await drawer.getByText('后台任务完成').waitFor();
    expect(await drawer.getByRole('button', { name: RETRY }).count()).toBe(0);
    await drawer.getByRole('button', { name: '关闭' }).click();
    await drawer.waitFor({ state: 'hidden' });

    // A failed job cannot be produced quickly through the API (three attempts with back-off), so the page is shown
    // this job as failed; the 重试 click still goes to the real server, which re-checks the status and refuses.
    const asFailed = (j: TJob): TJob =>
      j.id === done.id ? { ...j, status: 'failed', error: '测试：数据暂不可用', allowedActions: ['retry'] } : j;
    await page.route(
      (url) => url.pathname === '/api/jobs' || url.pathname === `/api/jobs/${done.id}`,
      async (route) => {
        if (route.request().method() !== 'GET') return route.continue();
        const res = await route.fetch();
        const body = await res.json();
        await route.fulfill({
          response: res,
          json: body.items ? { ...body, items: body.items.map(asFailed) } : asFailed(body),
        });
      },
    );
    await page.reload();
    const row = page
      .getByRole('row')
      .filter({ hasText: String(done.id) })
      .filter({ hasText: '失败' })
      .first();
    await row.getByRole('button', { name: RETRY }).waitFor();
    await row.getByText('测试：数据暂不可用').waitFor();
    await row.click();
    await drawer.getByText('测试：数据暂不可用').first().waitFor();
    await drawer.getByRole('button', { name: RETRY }).click();
    await page.getByText('只有失败的任务可以重试').waitFor();
    await context.close();
  });
});
