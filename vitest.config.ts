import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The skipped tests with their reasons first, then the default reporter, whose closing
    // summary line stays last (CI recognises the run by it).
    reporters: ['./test/reporters/skip-reasons.ts', 'default'],
  },
});
