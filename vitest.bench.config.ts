import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Benchmarks run as tests that measure and print: each sets the project's code beside a named baseline.
export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['test/bench/**/*.bench.test.ts'], testTimeout: 120_000 },
});
