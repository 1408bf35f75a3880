import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';
import { SLOW_TESTS } from './tests/lanes.js';

/** `npm test`: the fast lane, every test file that launches no browser, LibreOffice or CLI. */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...SLOW_TESTS, '**/node_modules/**'],
      setupFiles: ['tests/helpers/fast-lane-guard.ts'],
    },
  }),
);
