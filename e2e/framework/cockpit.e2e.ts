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
