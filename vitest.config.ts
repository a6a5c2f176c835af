import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Site checks read dist/: the global setup builds it when it is missing or older than content/.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
  },
});
