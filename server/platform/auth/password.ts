import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP-recommended cost (19 MiB, 2 passes).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** argon2id hash of a password. */
export function hashPassword(password: string) {
  return hash(password, OPTIONS);
}

/** Constant-time verification; false on any malformed hash. */
export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
