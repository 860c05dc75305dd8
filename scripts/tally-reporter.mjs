// A node:test reporter that prints only the closing "N passed, N failed" line.
export default async function* tally(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    // Count leaf tests only: a suite's own pass/fail event repeats its children.
    if (event.type === "test:pass" && event.data.details?.type !== "suite") passed++;
    if (event.type === "test:fail" && event.data.details?.type !== "suite") failed++;
  }
  yield `${passed} passed, ${failed} failed\n`;
}
