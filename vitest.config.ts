import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // one PostgreSQL server for the shared warehouse suite (tests/helpers/warehouses.ts)
    globalSetup: ['tests/setup/postgres.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
