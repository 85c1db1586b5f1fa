// One cleanup list for every test file: what a test sets up registers its undoing here, and the
// file's `afterEach(cleanup)` (done by `setup()`, setup.ts) runs it, so that no test leaves a session,
// a handler, a listener, Global Conf or a stub behind for the next.

type Task = () => unknown;
const tasks: Task[] = [];
/** Run before the other tasks: frees what a failed test may have left waiting (held requests). */
const releases: Task[] = [];

/** Runs `task` at the end of the current test (last registered, first run). */
export function onCleanup(task: Task): void {
  tasks.push(task);
}

/** Runs `task` at the end of the current test, before every {@link onCleanup} task. */
export function onRelease(task: Task): void {
  releases.push(task);
}

/**
 * For `afterEach`: undoes everything the test set up (each task runs even when an earlier one
 * failed), deletes Global Conf, then fails with the first error a task threw: an undoing that failed,
 * or a misuse of the kit found only now. Assertions about the product belong in the test itself, so
 * that a failure is reported against the test (Mocha skips the rest of a describe after a failed hook).
 */
export async function cleanup(): Promise<void> {
  let failure: unknown;
  for (const task of [...releases.splice(0), ...tasks.splice(0).reverse()]) {
    try {
      await task();
    } catch (error) {
      failure ??= error;
    }
  }
  delete (window as { __gigyaConf?: unknown }).__gigyaConf;
  if (failure) throw failure;
}
