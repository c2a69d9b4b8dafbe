import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Benchmarks run as tests that measure and print: each sets the project's code beside a named baseline.
// One file at a time, with gc exposed, so time and peak-memory figures are not disturbed by each other.
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['test/bench/**/*.bench.test.ts'], testTimeout: 600_000, fileParallelism: false, pool: 'forks', execArgv: ['--expose-gc', '--max-old-space-size=4096'] },
});
