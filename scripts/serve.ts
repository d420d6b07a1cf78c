/** Starts the server without the web build step (used by e2e and bench, which build once beforehand). */
import { main } from '../server/main';

await main();
