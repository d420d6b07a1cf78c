import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

describe('framework: cockpit and annual report', () => {
  it('[COCKPIT][DRILL]: a leader opens the cockpit, clicks a number and lands on its list', async () => {
    const leader = await apiAs('leader');
    const cov = await leader.get<{ unitsReached: number; sessions: number }>('/api/trainings/coverage?year=2025');
    const { page, context } = await signIn('leader');
    await page.goto(`${BASE_URL}/analytics/cockpit?year=2025`);
    const units = page.getByTestId('cockpit-trainingUnits');
    await units.waitFor();
    expect(await units.textContent()).toBe(String(cov.unitsReached));
    await units.click();
    await page.waitForURL(/\/framework\/trainings\?year=2025/);
    await page.getByText('政策宣讲与培训').first().waitFor();
    await page.getByText('覆盖预算单位').waitFor();
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(cov.sessions);
    await context.close();
  });

  it('[COCKPIT][DRILL-FILTER]: the 事前评估 number opens the assessment list on its year and status, not the page default', async () => {
    const leader = await apiAs('leader');
    const cockpit = await leader.get<{ funnel: { key: string; value: number }[] }>('/api/dashboard/cockpit?year=2025');
    const listed = await leader.get<unknown[]>('/api/ex-ante/assessments?year=2025&status=concluded');
    const { page, context } = await signIn('leader');
    await page.goto(`${BASE_URL}/analytics/cockpit?year=2025`);
    const assessed = page.getByTestId('funnel-assessed');
    await assessed.waitFor();
    expect(await assessed.textContent()).toBe(String(cockpit.funnel.find((s) => s.key === 'assessed')?.value));
    await assessed.click();
    await page.waitForURL(/\/ex-ante\/assessments\?year=2025&status=concluded$/);
    await page.locator('.ant-select-content[title="2025年"]').waitFor();
    await page.locator('.ant-select-content[title="已出具结论"]').waitFor();
    expect(listed.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count())
      .toBe(Math.min(listed.length, 20));
    await context.close();
  });

  it("[COCKPIT][YEAR]: switching the year never leaves the previous year's figures on screen while the new ones load", async () => {
    const leader = await apiAs('leader');
    const before = await leader.get<{ framework: { key: string; value: number }[] }>(
      '/api/dashboard/cockpit?year=2024',
    );
    const units2024 = before.framework.find((f) => f.key === 'trainingUnits')?.value;
    const { page, context } = await signIn('leader');
    // Hold the 2024 answer back until the page has been looked at.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = false;
    await page.route(/\/api\/dashboard\/cockpit\?year=2024/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto(`${BASE_URL}/analytics/cockpit?year=2025`);
    const units = page.getByTestId('cockpit-trainingUnits');
    await units.waitFor();
    await page.locator('.ant-card-extra .ant-select').click();
    await page.locator('.ant-select-item-option[title="2024年"]').click();
    await expect.poll(() => asked).toBe(true);
    expect(await units.count()).toBe(0);
    release();
    await units.waitFor();
    expect(await units.textContent()).toBe(String(units2024));
    await context.close();
  });

  it("[COCKPIT][LOOP-BAR]: the loop bars compare two years; clicking the 项目 bar opens that year's project list", async () => {
    const leader = await apiAs('leader');
    const cockpit = await leader.get<{ funnel: { key: string; value: number; previous: number }[] }>(
      '/api/dashboard/cockpit?year=2025',
    );
    const projects = cockpit.funnel.find((s) => s.key === 'projects');
    const { page, context } = await signIn('leader');
    await page.goto(`${BASE_URL}/analytics/cockpit?year=2025`);
    await page.getByText('2025年预算绩效闭环（与2024年对比）').waitFor();
    expect(await page.getByTestId('funnel-projects').textContent()).toBe(String(projects?.value));
    expect(await page.getByTestId('funnel-prev-projects').textContent()).toBe(String(projects?.previous));
    const chart = page.getByTestId('loop-chart');
    await chart.locator('canvas').waitFor();
    const box = await chart.boundingBox();
    if (!box) throw new Error('loop chart not laid out');
    // ECharts grows the bars for 1 s after the data arrives (the cached cockpit answers at once): let them settle.
    await page.waitForTimeout(1200);
    // The first step (项目) is the top category; ECharts shows a pointer over a clickable bar: find it, click it.
    const pointer = () =>
      chart.evaluate((el) => [...el.querySelectorAll('div')].some((d) => d.style.cursor === 'pointer'));
    let hit = false;
    for (let y = box.y + 30; y < box.y + box.height / 3 && !hit; y += 3) {
      await page.mouse.move(box.x + box.width * 0.4, y);
      hit = await pointer();
    }
    expect(hit).toBe(true);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForURL(/\/projects\?year=2025$/);
    // The list behind the bar is the 2025 one (not the page's default year): its total is the bar's number.
    await page.getByText(`共 ${projects?.value} 项`).waitFor();
    await context.close();
  });

  it('[REPORT][DOWNLOAD]: the leader downloads the annual report as Word with the computed figures', async () => {
    const { page, context } = await signIn('leader');
    await page.goto(`${BASE_URL}/analytics/annual-report?year=2025`);
    await page.getByText('一、健全制度体系，夯实管理根基').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const zip = await JSZip.loadAsync(await readFile(path));
    const text = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
    const leader = await apiAs('leader');
    const report = await leader.get<{ figures: { trainingSessions: number } }>('/api/reports/annual?year=2025');
    expect(text).toContain(`全年开展政策宣讲${report.figures.trainingSessions}场`);
    await context.close();
  });
});
