/**
 * Work that may pause: each `yield` marks a place where a content script gives the page a turn
 * (read.ts), so one long piece of reading becomes several short tasks. Other callers (the
 * background, the CLI, the tests) run it straight through.
 */
export type Steps<T> = Generator<void, T, void>;

/** Stepped work run straight through, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
