import { describe, expect, it } from 'vitest';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

interface Sample {
  id: number;
  status: string;
}

/** A fresh 2024 batch of three samples whose automated findings are all dropped (ready for 批量通过). */
async function arrangeBatch() {
  const finance = await apiAs('finance');
  const batch = await finance.post<{ id: number }>('/api/reviews/batches', {
    year: 2024,
    workYear: 2025,
    name: 'E2E办结批次',
  });
  await finance.post(`/api/reviews/batches/${batch.id}/sample`, {
    seed: 5,
    randomCount: 3,
    amountAbove: null,
    excellentExecutionBelow: null,
    lastYearProblemUnits: false,
  });
  const detail = await finance.get<{ samples: Sample[] }>(`/api/reviews/batches/${batch.id}`);
  for (const s of detail.samples) {
    const sample = await finance.get<{ findings: { id: number; status: string }[] }>(`/api/reviews/samples/${s.id}`);
    for (const f of sample.findings)
      if (f.status === 'proposed') await finance.put(`/api/reviews/findings/${f.id}`, { status: 'dropped' });
  }
  return batch.id;
}

describe('review batch close (办结)', () => {
  it('[REVIEW][CLOSE]: finance passes the samples in bulk, closes the batch; the admin reopens it', async () => {
    const batchId = await arrangeBatch();
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/evaluation/reviews/${batchId}`);
    await page.getByText('抽查样本').waitFor();
    await page.locator('thead .ant-checkbox-input').first().check();
    await page.getByRole('button', { name: '批量通过' }).click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('已通过 3 个项目').waitFor();
    await page.getByRole('button', { name: /办\s*结/ }).click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('已办结', { exact: true }).waitFor();
    await page.getByText('统计数已按办结时的数据固定').waitFor();
    expect(await page.getByRole('button', { name: '批量通过' }).count()).toBe(0);
    await context.close();

    const admin = await signIn('admin');
    await admin.page.goto(`${BASE_URL}/evaluation/reviews/${batchId}`);
    await admin.page.getByRole('button', { name: '重新打开' }).click();
    await admin.page.getByLabel('重新打开理由').fill('补充抽查部分单位');
    await admin.page.getByRole('dialog').getByRole('button', { name: '重新打开' }).click();
    await admin.page.getByText('已重新打开：补充抽查部分单位').waitFor();
    await admin.context.close();
    const batch = await (await apiAs('finance')).get<{ status: string }>(`/api/reviews/batches/${batchId}`);
    expect(batch.status).toBe('open');
  }, 180_000);
});
