import type { Db } from './db/client';
import { pruneFinishedJobs } from './jobs/index';
import { pruneStamps } from './stamp-cache';

/**
 * Periodic upkeep of the server process (not of tests or benches, which call the jobs directly): folds the change
 * stamps (pruneStamps) so the stamp query of every cached list total and dashboard reads a handful of rows however
 * long the server runs, and deletes background jobs finished more than 90 days ago (pruneFinishedJobs). Several
 * processes may run it at once (both prunes are safe concurrently). Returns the stopper.
 */
export function startMaintenance(db: Db, minutes: number, log: (msg: string) => void) {
  if (!(minutes > 0)) return () => {};
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await pruneStamps(db);
      await pruneFinishedJobs(db);
    } catch (e) {
      log(`维护任务失败（将于下次重试）：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, minutes * 60_000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
