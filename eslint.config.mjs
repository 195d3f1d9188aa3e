import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** Imports point one way: app/ → components/ → geo/ → data/. data/ and geo/ stay free of React, Next and the map runtime. */
const noUiInPureLayers = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react/*', 'next', 'next/*', 'nuqs', 'nuqs/*'],
      message: 'data/ and geo/ are pure: no React or Next here.',
    },
    {
      group: ['maplibre-gl'],
      allowTypeImports: true,
      message: 'Only components/map/ touches the maplibre-gl runtime.',
    },
    {
      group: ['@/components/*', '../components/*', '@/app/*', '../app/*'],
      message: 'data/ and geo/ must not import UI layers.',
    },
  ],
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'public/generated/**',
      'playwright-report/**',
      'test-results/**',
      'bench/tmp/**',
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
    files: ['data/**/*.ts', 'geo/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noUiInPureLayers] },
  },
  {
    files: ['geo/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noUiInPureLayers.patterns] }] },
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
          ],
        },
      ],
    },
  },
];

export default config;
