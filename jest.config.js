// Jest runs our TypeScript as native ESM (node --experimental-vm-modules, see scripts/test.js):
// @actions/core 3 and @kubernetes/client-node 2 are ESM-only, so a CommonJS transform of the
// tests would have to rewrite node_modules too. @swc/jest strips types only; tsc type-checks.
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2023', keepClassNames: true },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  // Only these trees are crawled: bench/.work holds generated trees of 10,000+ files that jest's
  // haste map would otherwise read on every run.
  roots: ['<rootDir>/packages', '<rootDir>/actions', '<rootDir>/test'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': swc,
    '/@actions/workflow-parser/dist/(workflows|actions)/\\w+-schema\\.js$':
      '<rootDir>/scripts/jest/json-import-attributes.cjs',
  },
  // node_modules stay untransformed, except the parser modules the entry above fixes.
  transformIgnorePatterns: ['/node_modules/(?!@actions/workflow-parser/dist/(workflows|actions)/)'],
  testMatch: [
    '<rootDir>/packages/*/src/**/*.test.ts',
    '<rootDir>/actions/*/src/**/*.test.ts',
    '<rootDir>/test/**/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60_000,
};
