import { describe, expect, it } from 'vitest';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

interface Org {
  id: number;
  code: string;
}
interface Line {
  id: number;
  grade: string;
  decision: string;
  proposedAction: string;
  proposedChange: number;
  budgetBefore: number;
  projectName: string;
  nextProjectBudget?: number | null;
}

describe('rectification', () => {
  it('[RECTIFICATION][CLOSE-OUT]: finance raises an item, the unit uploads evidence and submits, finance closes it', async () => {
    const finance = await apiAs('finance');
    const units = await finance.get<Org[]>('/api/org/units?kind=budgetUnit');
    const unit = units.find((u) => u.code === '104002');
    if (!unit) throw new Error('unit 104002 missing');
    const problem = `端到端整改事项${Date.now()}`;
    const { id } = await finance.post<{ id: number }>('/api/rectifications', {
      year: 2025,
      unitId: unit.id,
      problem,
      requirement: '完善项目管理制度并细化绩效指标',
      severity: 'high',
      deadline: '2099-06-30',
    });

    const { page, context } = await signIn('unit');
    await page.goto(`${BASE_URL}/rectification/items/${id}`);
    await page.getByText(problem).waitFor();
    await page.getByRole('button', { name: '记录进展' }).click();
    await page.getByLabel('进展情况').fill('已修订项目管理办法，正在组织实施');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByText('整改中').first().waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: '整改报告.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n整改佐证材料\n%%EOF'),
    });
    await page.getByText('整改报告.pdf').waitFor();
    await page.getByRole('button', { name: '提交销号申请' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByText('待销号审核').first().waitFor();
    await context.close();

    const fin = await signIn('finance');
    await fin.page.goto(`${BASE_URL}/rectification/items/${id}`);
    await fin.page.getByRole('button', { name: '审核销号' }).click();
    await fin.page.getByLabel('审核意见').fill('佐证材料齐全，同意销号');
    await fin.page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await fin.page.getByText('已销号').first().waitFor();
    await fin.context.close();
    const detail = await finance.get<{ status: string; evidenceCount: number }>(`/api/rectifications/${id}`);
    expect(detail).toMatchObject({ status: 'closed', evidenceCount: 1 });
  });

  it('[RESULTS][ACCEPT]: results application proposes a cut for a poor project, finance accepts, next year budget changes', async () => {
    const finance = await apiAs('finance');
    const run = await finance.get<{ id: number } | null>('/api/results-application/runs?year=2025');
    if (!run) throw new Error('the demo has no 2025 results application run');
    const lines = await finance.get<Line[]>(`/api/results-application/runs/${run.id}/lines?decision=pending`);
    const line = lines.find((l) => l.grade === '差' && l.proposedChange < 0) ?? lines.find((l) => l.proposedChange < 0);
    if (!line) throw new Error('no pending cut in the demo run');
    const before = await finance.get<Line>(`/api/results-application/lines/${line.id}`);

    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/rectification/results?year=2025`);
    const row = page.locator(`tr[data-row-key="${line.id}"]`);
    await row.getByRole('button', { name: /采\s*纳/ }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText(/已采纳，.*年预算已调整/).waitFor();
    await context.close();

    const after = await finance.get<Line>(`/api/results-application/lines/${line.id}`);
    expect(after.decision).toBe('accepted');
    expect(after.nextProjectBudget).toBe((before.nextProjectBudget ?? 0) + line.proposedChange);
  });
});
