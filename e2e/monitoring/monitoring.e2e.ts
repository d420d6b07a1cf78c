import { describe, expect, it } from 'vitest';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

interface Totals {
  total: number;
}

describe('monitoring', () => {
  it('[MONITORING][DISPOSE]: finance opens a round, a unit fills, a red warning appears, finance recovers funds', async () => {
    const financeApi = await apiAs('finance');
    const before = (await financeApi.get<Totals>('/api/monitoring/recoveries?year=2025')).total;

    // Finance opens 2025 months 1–10 through the form.
    const fin = await signIn('finance');
    fin.page.setDefaultTimeout(15_000);
    await fin.page.goto(`${BASE_URL}/monitoring/rounds?year=2025`);
    await fin.page.getByRole('button', { name: '发起监控' }).click();
    const dialog = fin.page.getByRole('dialog');
    await dialog.getByLabel('填报截止日期').click();
    await dialog.getByLabel('填报截止日期').fill('2025-11-15');
    await fin.page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: /发\s*起/ }).click();
    await fin.page.waitForURL(/\/monitoring\/rounds\/\d+$/);
    const roundId = Number(fin.page.url().split('/').pop());
    await fin.page.getByText('2025年1—10月绩效运行监控').waitFor();

    // The unit fills execution and indicator progress far behind time progress.
    const unitApi = await apiAs('unit');
    const [entry] = await unitApi.get<{ id: number }[]>(`/api/monitoring/rounds/${roundId}/entries`);
    expect(entry).toBeDefined();
    const unit = await signIn('unit');
    unit.page.setDefaultTimeout(15_000);
    await unit.page.goto(`${BASE_URL}/monitoring/entries/${entry.id}`);
    const field = (label: string) => unit.page.locator('.ant-form-item').filter({ hasText: label }).locator('input');
    await unit.page.getByText('预算执行情况').waitFor();
    await field('到位资金（元）').fill('20000');
    await field('实际执行数（元）').fill('1000');
    const numbers = unit.page.locator('[data-field="current-number"] input, input[data-field="current-number"]');
    await numbers.first().waitFor();
    for (const input of await numbers.all()) await input.fill('0');
    for (const input of await unit.page.locator('input[data-field="current-text"]').all()) await input.fill('进展缓慢');
    await unit.page.getByRole('button', { name: /保\s*存/ }).click();
    await unit.page.getByText('已保存，预警已重新计算').waitFor();
    await unit.page.locator('.ant-descriptions [data-warning="red"]').first().waitFor();
    await unit.context.close();

    // The red warning is on finance's list; finance disposes it by recovering 1万元.
    const warnings = await financeApi.get<{ rows: { id: number }[] }>(
      `/api/monitoring/warnings?roundId=${roundId}&color=red`,
    );
    expect(warnings.rows.map((r) => r.id)).toContain(entry.id);
    await fin.page.goto(`${BASE_URL}/monitoring/entries/${entry.id}`);
    await fin.page.getByRole('button', { name: '预警处置' }).click();
    const modal = fin.page.getByRole('dialog');
    const item = (label: string) => modal.locator('.ant-form-item').filter({ hasText: label });
    await item('金额（元）').locator('input').fill('10000');
    await item('处置理由').locator('textarea').fill('执行进度严重滞后，按程序收回部分资金');
    await item('审批人').locator('input').fill('王局长');
    await modal.getByRole('button', { name: '确认处置' }).click();
    await fin.page.getByText('处置已登记').waitFor();
    await fin.page.getByRole('cell', { name: '收回资金' }).waitFor();

    // The recovery total grows by exactly 1万元, on the API and on the screen.
    const after = (await financeApi.get<Totals>('/api/monitoring/recoveries?year=2025')).total;
    expect(after - before).toBe(1_000_000);
    await fin.page.goto(`${BASE_URL}/monitoring/recoveries?year=2025`);
    await expect
      .poll(async () => fin.page.getByTestId('recovery-total').textContent(), { timeout: 15_000 })
      .toContain(((before + 1_000_000) / 1_000_000).toFixed(2));
    await fin.context.close();
  }, 120_000);

  it('[MONITORING][FORM-YEAR]: the new-round form takes the year the page shows, also after switching years', async () => {
    const fin = await signIn('finance');
    fin.page.setDefaultTimeout(15_000);
    await fin.page.goto(`${BASE_URL}/monitoring/rounds?year=2025`);
    const dialog = fin.page.getByRole('dialog');
    await fin.page.getByRole('button', { name: '发起监控' }).click();
    expect(await dialog.getByLabel('年度').inputValue()).toBe('2025');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    // Switch the page's year in place (no reload): the form must follow, not keep the year of its first opening.
    await fin.page.getByRole('combobox').first().click();
    await fin.page.getByTitle('2026年').click();
    await fin.page.getByText('2026年监控轮次').waitFor();
    await fin.page.getByRole('button', { name: '发起监控' }).click();
    expect(await dialog.getByLabel('年度').inputValue()).toBe('2026');
    await fin.context.close();
  });

  it('[MONITORING][LIFT-HOLD]: finance lifts the demo payment hold (暂停拨款) with a reason on the recoveries page', async () => {
    const financeApi = await apiAs('finance');
    const held = await financeApi.get<{ id: number; projectName: string }[]>(
      '/api/monitoring/payment-holds?year=2025&status=suspended',
    );
    expect(held.length).toBeGreaterThan(0);
    const fin = await signIn('finance');
    fin.page.setDefaultTimeout(15_000);
    await fin.page.goto(`${BASE_URL}/monitoring/recoveries?year=2025`);
    const row = fin.page.locator('.ant-table-row').filter({ hasText: held[0].projectName });
    await row.getByRole('button', { name: '恢复拨款' }).click();
    const modal = fin.page.getByRole('dialog');
    await modal.getByLabel('恢复理由').fill('单位已完成整改并报送资金使用计划，恢复拨款');
    await modal.getByRole('button', { name: '确认恢复' }).click();
    await fin.page.getByText('已恢复拨款').first().waitFor();
    const lifted = await financeApi.get<{ id: number; status: string; liftReason: string | null }[]>(
      '/api/monitoring/payment-holds?year=2025&status=lifted',
    );
    expect(lifted.find((h) => h.id === held[0].id)).toMatchObject({
      status: 'lifted',
      liftReason: '单位已完成整改并报送资金使用计划，恢复拨款',
    });
    await fin.context.close();
  }, 120_000);
});
