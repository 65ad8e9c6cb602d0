import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // expect.poll waits 1 s by default: too short for a megabyte note's round trip on a busy 2-core machine.
    expect: { poll: { timeout: 10_000 } },
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
  },
})
