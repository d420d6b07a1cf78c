import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('uses the defaults when unset or empty', () => {
    const config = loadConfig({ JIXIAO_JOB_CONCURRENCY: '' });
    expect(config).toMatchObject({ port: 3000, jobConcurrency: 2, maintenanceMinutes: 10, sessionIdleMinutes: 30 });
  });

  it('reads whole numbers, 0 included', () => {
    const config = loadConfig({ PORT: '8080', JIXIAO_JOB_CONCURRENCY: '0', JIXIAO_UPLOAD_LIMIT_MB: '5' });
    expect(config).toMatchObject({ port: 8080, jobConcurrency: 0, uploadLimitBytes: 5 * 1024 * 1024 });
  });

  it.each([
    ['JIXIAO_JOB_CONCURRENCY', 'two'],
    ['JIXIAO_MAINTENANCE_MINUTES', '-1'],
    ['PORT', '80.5'],
  ])('refuses %s=%s and names the setting', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(`配置项 ${name} 应为不小于 0 的整数，当前为“${value}”`);
  });
});
