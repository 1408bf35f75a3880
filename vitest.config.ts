import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build dist/ (the CLI and the UI) first, so tests run the artifact users run.
    globalSetup: ['tests/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser tests launch Chromium; two workers fit a 2-core machine.
    maxWorkers: 2,
  },
});
