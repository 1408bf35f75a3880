/**
 * Setup file of the fast lane (vitest.fast.config.ts): a test that launches Chromium or runs the
 * built CLI fails here instead of slowing `npm test` down. Move its file to SLOW_TESTS (tests/lanes.ts).
 */
import { chromium } from 'playwright-core';

process.env['IMMUNODECK_FAST_LANE'] = '1';

const refuse = (what: string) => (): never => {
  throw new Error(`${what} in the fast lane: add this test file to SLOW_TESTS in tests/lanes.ts`);
};
chromium.launch = refuse('Chromium launched');
chromium.launchPersistentContext = refuse('Chromium launched');
