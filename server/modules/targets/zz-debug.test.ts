import { afterAll, beforeAll, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { readSheet } from '../../platform/excel';
import { indicatorColumns, indicatorImportSchema } from '../indicators/excel';
import { fieldMap } from '../projects/refs';
let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t.close());
it('debug', async () => {
  const finance = await t.as('finance');
  const file = await finance.get('/api/indicators/export?year=2025');
  const names = await fieldMap(t.database.db, '420102');
  const byName = new Map([...names].map(([code, name]) => [name, code]));
  try {
    const r = await readSheet(file.rawPayload, indicatorColumns((c) => (c ? (names.get(c) ?? c) : '通用')), indicatorImportSchema(byName));
    console.log(r.rows.length, r.errors.slice(0, 3));
  } catch (e) { console.log('ERR', e); }
  console.log((await finance.get(`/api/indicators?year=2025&q=${encodeURIComponent('项目完成及时率')}`)).json().items.map((i: { usageCount: number }) => i.usageCount));
});
