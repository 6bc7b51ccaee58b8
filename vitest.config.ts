import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Site and browser tests build real sites; they share one build per file.
    testTimeout: 30_000,
    hookTimeout: 240_000,
    pool: "forks",
  },
});
