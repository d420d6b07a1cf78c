import pg from 'pg';
import { JOBS_CHANNEL } from './queue';

export interface ListenerOptions {
  /** Where to connect: the pool's own settings (one extra session beside the pool). */
  config: pg.ClientConfig;
  /** Called on each notification, and after each (re)connect: jobs queued while it was away are due too. */
  onNotify: () => void;
  log?: (msg: string) => void;
  /** First reconnect delay after an error; doubles on each failed attempt up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Keeps one dedicated connection LISTENing on the jobs channel, reconnecting with back-off after an error or a
 * dropped connection. PostgreSQL only: PGlite is one session, and through pglite-socket a notification goes back
 * to the connection that committed, never to a second one (tested in jobs.test.ts). Returns the closer.
 */
export function listenForJobs(o: ListenerOptions): () => Promise<void> {
  const minDelay = o.minDelayMs ?? 500;
  const maxDelay = o.maxDelayMs ?? 30_000;
  let delay = minDelay;
  let closed = false;
  let current: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;

  const reconnectLater = (why: string) => {
    if (closed || timer) return;
    o.log?.(`后台任务通知连接中断（${why}），${delay / 1000} 秒后重连；期间按轮询执行`);
    timer = setTimeout(() => {
      timer = undefined;
      void open();
    }, delay);
    timer.unref();
    delay = Math.min(maxDelay, delay * 2);
  };

  const open = async () => {
    const client = new pg.Client(o.config);
    current = client;
    let lost = false;
    const drop = (why: string) => {
      if (lost) return;
      lost = true;
      if (current === client) current = undefined;
      if (closed) return;
      void client.end().catch(() => undefined);
      reconnectLater(why);
    };
    client.on('error', (e) => drop(e.message));
    client.on('end', () => drop('连接已关闭'));
    client.on('notification', (n) => {
      if (n.channel === JOBS_CHANNEL) o.onNotify();
    });
    try {
      await client.connect();
      await client.query(`listen ${JOBS_CHANNEL}`);
      if (lost || closed) return;
      delay = minDelay;
      o.onNotify();
    } catch (e) {
      drop(e instanceof Error ? e.message : String(e));
    }
  };

  void open();
  return async () => {
    closed = true;
    clearTimeout(timer);
    const client = current;
    current = undefined;
    await client?.end().catch(() => undefined);
  };
}
