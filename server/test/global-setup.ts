import fs from 'node:fs';
import { seedDemo } from '../demo/index';
import { adminQuery, buildTemplate, TEMPLATE_DB, TEST_PASSWORD, templateFile, testDriver } from './db';

/** Once per test run: a migrated database with the demo district, copied by every test file. */
export async function setup() {
  const t0 = Date.now();
  process.env.JIXIAO_TEST_TEMPLATE = templateFile;
  process.env.JIXIAO_TEST_TEMPLATE_DB = TEMPLATE_DB;
  await buildTemplate(async (database) => {
    await seedDemo(database.db, TEST_PASSWORD);
  });
  console.log(`[api tests] ${testDriver} template ready in ${Date.now() - t0} ms`);
}

export async function teardown() {
  fs.rmSync(templateFile, { force: true });
  if (testDriver === 'postgres') await adminQuery(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
}
