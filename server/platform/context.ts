import type { Actor } from '../../core/access';
import type { Db } from './db/client';

/** What every service call receives about the caller. */
export interface Ctx {
  actor: Actor;
  ip: string;
  db: Db;
}
