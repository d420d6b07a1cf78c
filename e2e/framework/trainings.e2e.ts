import { describe, expect, it } from 'vitest';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

describe('framework: trainings', () => {
  it('[TRAININGS][CREATE]: finance records a session with an attending unit (a double click saves it once)', async () => {
    const title = `端到端宣讲${Date.now() % 100000}`;
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/framework/trainings?year=2025`);
    await page.getByText('宣讲场次').waitFor();
    await page.getByTestId('training-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('主题').fill(title);
    await dialog.getByLabel('形式').click();
    await page.locator('.ant-select-item-option[title="线下宣讲"]').click();
    await dialog.getByLabel('日期').click();
    await dialog.getByLabel('日期').fill('2025-12-03');
    await dialog.getByLabel('日期').press('Enter');
    await dialog.getByLabel(/参训单位/).fill('江岸区教育局机关');
    await page.locator('.ant-select-item-option[title*="江岸区教育局机关"]').first().click();
    await dialog.getByRole('button', { name: /保\s*存/ }).dblclick();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    expect(await row.textContent()).toContain('2025-12-03');
    await row.getByText(title).click();
    await page.getByText('参训单位（1 个）').waitFor();
    const finance = await apiAs('finance');
    const list = await finance.get<{ items: { id: number; title: string; unitCount: number; mode: string }[] }>(
      '/api/trainings?year=2025&pageSize=100',
    );
    expect(list.items.filter((s) => s.title === title)).toHaveLength(1);
    const created = list.items.find((s) => s.title === title);
    expect([created?.unitCount, created?.mode]).toEqual([1, 'offline']);
    await context.close();
  });
});
