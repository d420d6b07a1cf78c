import { describe, it } from 'vitest';
import { BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

describe('background jobs', () => {
  it('[MONITORING][JOBS]: finance queues a recompute of the year on 后台任务 and watches it finish', async () => {
    const { page, context } = await signIn('finance');
    page.setDefaultTimeout(15_000);
    await page.goto(`${BASE_URL}/system/jobs`);
    await page.getByText('后台任务', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: '重新计算全年预警' }).click();
    await page.getByText('已加入后台任务').waitFor();
    const row = page.getByRole('row').filter({ hasText: '重新计算全年监控预警' }).first();
    await row.waitFor();
    // The server's runner picks the job up within its poll interval; the page refreshes itself while it runs.
    await row.getByText('已完成').waitFor({ timeout: 30_000 });
    await context.close();
  });
});
