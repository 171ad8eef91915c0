// Starts bench/threads-worker.ts in a worker thread: workers do not inherit tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('./threads-worker.ts');
