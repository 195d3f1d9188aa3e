import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * The house (see docs/architecture.md): each folder holds one kind of code, and these rules say
 * which way its imports may point.
 *
 *   app/ → components/ → components/map/ → figure/ → model/ → geo/ → data/
 *
 * data/, geo/, model/ and figure/ are pure: no React, Next or nuqs, no maplibre-gl runtime (types
 * are fine), no DOM. testing/ (golden cells, fixtures) is for tests only. The build scripts and the
 * benchmark never import the React folder (the benchmark may load the map runtime,
 * components/map/, as a real module).
 */
const ours = (folder) => [`@/${folder}`, `@/${folder}/*`, `../${folder}/*`, `../../${folder}/*`];
const not = (folder, message) => ({ group: ours(folder), message });
const noUi = [
  {
    group: ['react', 'react-dom', 'react/*', 'next', 'next/*', 'nuqs', 'nuqs/*'],
    message: 'This folder is pure: no React, Next or nuqs here.',
  },
  {
    group: ['maplibre-gl'],
    allowTypeImports: true,
    message: 'Only components/map/ touches the maplibre-gl runtime.',
  },
];
const noApp = not('app', 'app/ holds routes: nothing imports them.');
const noComponents = not('components', 'Pure code and tools never import the React folder.');
const noTesting = not('testing', 'testing/ holds test oracles and fixtures: only tests import it.');
/** Browser globals a pure module must not touch (it also runs in Node, at build time). */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'matchMedia',
  'getComputedStyle',
  'HTMLElement',
  'Element',
  'Image',
].map((name) => ({ name, message: 'This folder is pure: no DOM here.' }));
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

/** A pure folder: none of the above, no DOM, and whatever else it may not import. */
const pure = (folder, ...patterns) => ({
  files: [`${folder}/**/*.ts`],
  ignores: TESTS,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...noUi, noApp, noComponents, noTesting, ...patterns] },
    ],
    'no-restricted-globals': ['error', ...DOM_GLOBALS],
  },
});

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
      // A type is imported as a type (inline `type` or `import type`), so that a runtime import
      // is always a runtime dependency: what the purity rules above read.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        // `typeof import('maplibre-gl')` types a module the page imports at run time, by address.
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  pure(
    'data',
    ...['geo', 'model', 'figure'].map((f) => not(f, 'data/ imports nothing of ours but data/.')),
  ),
  pure('geo', ...['model', 'figure'].map((f) => not(f, 'geo/ imports only data/.'))),
  pure('model', not('figure', 'model/ is drawn by figure/, not the other way round.'), {
    group: ['d3-*'],
    message: 'model/ draws nothing: SVG drawing is figure/’s.',
  }),
  pure('figure'),
  {
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/map/**', ...TESTS],
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
            noTesting,
          ],
        },
      ],
    },
  },
  {
    files: ['components/map/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { patterns: [noApp, noTesting] }] },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noTesting,
            ...['geo', 'figure'].map((f) =>
              not(f, 'A route asks model/ or data/ and renders components/.'),
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { patterns: [noApp, noComponents, noTesting] }] },
  },
  {
    files: ['bench/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noApp,
            noTesting,
            {
              group: [
                '@/components/*',
                '../components/*',
                '!@/components/map',
                '!../components/map',
              ],
              message:
                'The benchmark may load the map runtime (components/map/), never the React shell.',
            },
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

// Small files. A UI, route or model file over 250 lines is doing more than one thing; tools,
// records logic and test oracles get 400; a test file 800.
config.push(
  {
    files: ['{app,components,model,figure}/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  {
    files: ['{data,geo,testing,scripts,bench}/**/*.ts', '*.ts'],
    ignores: TESTS,
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    files: [...TESTS, 'e2e/**/*.ts', 'e2e-clock/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 800 }] },
  },
);

export default config;
