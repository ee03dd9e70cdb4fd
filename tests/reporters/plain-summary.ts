import type { Reporter, TestModule, Vitest } from "vitest/node";

/**
 * Adds one plain closing line, `N passed, N failed[, N skipped]`, after vitest's
 * own summary, so a CI that does not parse vitest output can still count tests.
 * With coverage on, the coverage table prints after onTestRunEnd, so the line is
 * deferred to process exit to stay the last line of output.
 */
export default class PlainSummaryReporter implements Reporter {
  private coverage = false;

  onInit(vitest: Vitest): void {
    this.coverage = vitest.config.coverage.enabled;
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let count = 0;
      for (const test of mod.children.allTests()) {
        count++;
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      // A file that failed to load (syntax error, bad import) has no tests: count it as one failure.
      if (count === 0 && mod.state() === "failed") failed++;
    }
    failed += unhandledErrors.length;
    const line = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}\n`;
    if (this.coverage) process.once("exit", () => process.stdout.write(line));
    else process.stdout.write(`\n${line}`);
  }
}
