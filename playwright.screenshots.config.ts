import { defineConfig } from '@playwright/test';

/** `npm run screenshots`: the README's pictures (docs/screenshots/), taken from the built extension on the demo pages. */
export default defineConfig({
  testDir: 'test/screenshots',
  timeout: 60_000,
  expect: { timeout: 8_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
});
