/**
 * Jest settings shared by the projects' unit tests; each project's jest.config.cts calls one of
 * these with its name and folder, so that a change of setup is made once.
 */
const { join, relative } = require('node:path');

const root = join(__dirname, '../..');

function common(displayName, projectDir) {
  const toRoot = relative(projectDir, root) || '.';
  return {
    displayName,
    preset: join(toRoot, 'jest.preset.js'),
    coverageDirectory: join(toRoot, 'coverage', relative(root, projectDir)),
  };
}

/** Angular projects: jsdom, jest-preset-angular, the project's src/test-setup.ts. */
function angularProject(displayName, projectDir) {
  return {
    ...common(displayName, projectDir),
    setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
    transform: {
      '^.+\\.(ts|mjs|js|html)$': ['jest-preset-angular', { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' }],
    },
    // Angular's locale data, Transloco's utilities and ECharts ship as ES modules in .js files.
    transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$|@angular/common/locales/|@jsverse/|echarts/|zrender/|ngx-echarts/)'],
    snapshotSerializers: [
      'jest-preset-angular/build/serializers/no-ng-attributes',
      'jest-preset-angular/build/serializers/ng-snapshot',
      'jest-preset-angular/build/serializers/html-comment',
    ],
  };
}

/** Node projects (domain, contracts, server libraries, tools): ts-jest. */
function nodeProject(displayName, projectDir) {
  return {
    ...common(displayName, projectDir),
    testEnvironment: 'node',
    transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
    moduleFileExtensions: ['ts', 'js', 'html'],
  };
}

module.exports = { angularProject, nodeProject };
