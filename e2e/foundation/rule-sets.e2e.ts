import { describe, expect, it } from 'vitest';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

interface Version {
  versionNo: number;
  note: string;
}

describe('rule sets', () => {
  it('[RULES][EDIT]: finance changes the review similarity threshold in the form; an out-of-range value is refused at the field', async () => {
    const finance = await apiAs('finance');
    const before = await finance.get<Version[]>('/api/rule-sets/review/versions?year=2025');
    const { page, context } = await signIn('finance');
    page.setDefaultTimeout(15_000);
    await page.goto(`${BASE_URL}/system/rule-sets?year=2025`);
    // The page opens on the scoring rules: band cells show their national default, and two cross-field problems
    // (the weights' sum, a band out of order) are shown together at their fields.
    await page.getByText('默认 80 分').waitFor();
    await page.getByLabel('预算执行率分值', { exact: true }).fill('20');
    await page
      .locator('tr', { has: page.getByText('默认 80 分') })
      .getByRole('spinbutton')
      .fill('95');
    await page.getByText('之和应为 100 分，当前为 110 分', { exact: false }).first().waitFor();
    await page.getByText('第 2 行的下限应小于第 1 行的 90', { exact: false }).first().waitFor();
    await page.getByLabel('规则类别').click();
    await page.locator('.ant-select-item-option[title="自评复核规则"]').click();
    const threshold = page.getByLabel('相似度阈值', { exact: true });
    await threshold.waitFor();
    await page.getByText('（默认 0.8）').waitFor();

    // Out of range: the field says why, the save is refused in the page and nothing reaches the server.
    await threshold.fill('5');
    await page.getByText('「相似度阈值」应在 0.5–1 之间').waitFor();
    const note = `e2e 调整雷同判定阈值 ${Date.now() % 100_000}`;
    await page.getByLabel('修改理由').fill(note);
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.getByText(/还有 \d+ 处规则不符合要求/).waitFor();
    expect(await finance.get<Version[]>('/api/rule-sets/review/versions?year=2025')).toHaveLength(before.length);

    await threshold.fill('0.85');
    await page.getByText('「相似度阈值」应在 0.5–1 之间').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.getByText('已保存为新版本').waitFor();
    await page.getByText('复核中样本的自动检查正在后台按新规则重新运行').waitFor();
    await page.getByRole('cell', { name: note }).waitFor();
    const after = await finance.get<Version[]>('/api/rule-sets/review/versions?year=2025');
    expect(after[0]).toMatchObject({ versionNo: before.length + 1, note });
    const inForce = await finance.get<{ similarityThreshold: number }>('/api/rule-sets/review?year=2025');
    expect(inForce.similarityThreshold).toBe(0.85);
    // The form shows the saved value and offers to restore the national default.
    expect(await threshold.inputValue()).toBe('0.85');
    await page.getByRole('button', { name: '恢复默认' }).first().waitFor();
    await context.close();
  });
});
