import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import packageJson from './package.json' with { type: 'json' };

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: [
      'data/**/*.test.ts',
      'geo/**/*.test.ts',
      'components/**/*.test.ts',
      'model/**/*.test.ts',
      'figure/**/*.test.ts',
      'testing/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // "Today" for every unit test: the day npm test pins, else package.json's config.today.
    env: { ATLAS_TODAY: process.env.ATLAS_TODAY || packageJson.config.today },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
