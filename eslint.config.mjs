import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'
import { defineConfig, globalIgnores } from 'eslint/config'

const DAY_MESSAGE =
  'A day in milliseconds or seconds: use the local-time module (todayIn, addLocalDays, daysBetween, weekdayOf, addElapsedDays in src/domain/availability/localTime.ts).'

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  globalIgnores([
    '.next/**',
    '.data/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'src/payload-types.ts',
    'src/migrations/**',
    'src/app/(payload)/admin/importMap.js',
  ]),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Calendar arithmetic lives in one module (src/domain/availability/localTime.ts): a day spelled in
    // milliseconds or seconds elsewhere is a "today" in UTC or a day that forgets clock changes. Tests
    // and benches keep their own arithmetic on purpose: an oracle that called the module would prove nothing.
    files: ['src/**/*.{ts,tsx,js,mjs}', 'scripts/**/*.{ts,mjs}', '*.{ts,mjs}'],
    ignores: ['src/domain/availability/localTime.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal[value=86400000]', 'Literal[value=86400]'].map((selector) => ({ selector, message: DAY_MESSAGE })),
        {
          selector:
            "BinaryExpression[operator='*']:matches([left.value=24], [right.value=24]):matches([left.value=60], [right.value=60], [left.value=3600], [right.value=3600], [left.value=60000], [right.value=60000], [left.value=3600000], [right.value=3600000], [left.left.value=60], [left.right.value=60])",
          message: DAY_MESSAGE,
        },
        { selector: "BinaryExpression[operator='*']:matches([left.value=1440], [right.value=1440])", message: DAY_MESSAGE },
      ],
    },
  },
  {
    // Tests read loosely-typed JSON from the API on purpose.
    files: ['tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The domain stays framework-free: it must run in unit tests, the browser and the server alike.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['payload', 'payload/*', '@payloadcms/*', 'next', 'next/*', 'react', 'react-dom'], message: 'src/domain is plain TypeScript.' }] },
      ],
    },
  },
])
