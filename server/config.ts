import path from 'node:path';

/** Runtime settings, from the environment with defaults for the embedded demo. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  sessionIdleMinutes: number;
  maxFailedLogins: number;
  /** Login attempts allowed per client IP per minute (429 RATE_LIMITED beyond). */
  loginRatePerMinute: number;
  lockMinutes: number;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  secureCookies: boolean;
  /** Which peers may set X-Forwarded-For (client IP for audit and login rate limit): loopback proxies by default. */
  trustProxy: string;
  /** Server log level (warn by default). */
  logLevel: string;
  /** Minutes between maintenance runs of the server process (change-stamp pruning); 0 turns it off. */
  maintenanceMinutes: number;
  /** Background jobs run at once by this process's runner (PGlite: 1, it is one session); 0 turns the runner off. */
  jobConcurrency: number;
  /** S3-compatible object storage for attachments; local files under dataDir when absent. */
  s3?: { endpoint: string; bucket: string; accessKey: string; secretKey: string; region: string };
}

/** A whole number ≥ 0 from the environment, or the default when unset; anything else stops the start with its name. */
function count(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`配置项 ${name} 应为不小于 0 的整数，当前为“${raw}”`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: count(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.JIXIAO_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    sessionIdleMinutes: count(env, 'JIXIAO_SESSION_IDLE_MINUTES', 30),
    maxFailedLogins: 5,
    loginRatePerMinute: count(env, 'JIXIAO_LOGIN_RATE_PER_MINUTE', 20),
    lockMinutes: 15,
    bodyLimitBytes: 2 * 1024 * 1024,
    uploadLimitBytes: count(env, 'JIXIAO_UPLOAD_LIMIT_MB', 20) * 1024 * 1024,
    secureCookies: env.JIXIAO_SECURE_COOKIES === '1',
    trustProxy: env.JIXIAO_TRUST_PROXY || 'loopback',
    logLevel: env.JIXIAO_LOG_LEVEL || 'warn',
    maintenanceMinutes: count(env, 'JIXIAO_MAINTENANCE_MINUTES', 10),
    jobConcurrency: count(env, 'JIXIAO_JOB_CONCURRENCY', 2),
    s3: env.JIXIAO_S3_ENDPOINT
      ? {
          endpoint: env.JIXIAO_S3_ENDPOINT,
          bucket: env.JIXIAO_S3_BUCKET ?? 'jixiao',
          accessKey: env.JIXIAO_S3_ACCESS_KEY ?? '',
          secretKey: env.JIXIAO_S3_SECRET_KEY ?? '',
          region: env.JIXIAO_S3_REGION ?? 'us-east-1',
        }
      : undefined,
  };
}
