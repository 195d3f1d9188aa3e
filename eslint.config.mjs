import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * Imports point one way: app/ → components/ → geo/ → data/. data/ imports nothing of ours but
 * data/; geo/ only data/; components/ never app/. data/ and geo/ stay free of React, Next and the
 * map runtime.
 */
const noUi = [
  {
    group: ['react', 'react-dom', 'react/*', 'next', 'next/*', 'nuqs', 'nuqs/*'],
    message: 'data/ and geo/ are pure: no React or Next here.',
  },
  {
    group: ['maplibre-gl'],
    allowTypeImports: true,
    message: 'Only components/map/ touches the maplibre-gl runtime.',
  },
];
const noApp = {
  group: ['@/app', '@/app/*', '../app', '../app/*', '../../app/*'],
  message: 'app/ holds routes: nothing imports them.',
};
const noComponents = {
  group: ['@/components', '@/components/*', '../components/*', '../../components/*'],
  message: 'data/ and geo/ must not import UI layers.',
};
const noGeo = {
  group: ['@/geo', '@/geo/*', '../geo/*', '../../geo/*'],
  message: 'data/ imports nothing of ours but data/.',
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.clock/**',
      'node_modules/**',
      'public/generated/**',
      'playwright-report/**',
      'test-results/**',
      'bench/tmp/**',
      '.stryker-tmp/**',
      'reports/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noUi, noApp, noComponents, noGeo] }],
    },
  },
  {
    files: ['geo/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noUi, noApp, noComponents] }] },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl'],
              allowTypeImports: true,
              message: 'Only components/map/ touches the maplibre-gl runtime.',
            },
            noApp,
          ],
        },
      ],
    },
  },
];

config.push({
  files: ['components/map/**/*.{ts,tsx}'],
  rules: { 'no-restricted-imports': ['error', { patterns: [noApp] }] },
});

// Small components: a file of the UI or the routes over 250 lines is doing more than one thing.
config.push({
  files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
  rules: { 'max-lines': ['error', { max: 250 }] },
});

export default config;
