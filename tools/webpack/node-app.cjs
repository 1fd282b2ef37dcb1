const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

/**
 * The webpack configuration of a Node application of the workspace (the API, the worker): compiled by tsc
 * from `src/main.ts`, neither minified nor hashed, with source maps, into `dist/apps/<name>`.
 * The plugin resolves the relative paths below against the root of the project being built.
 *
 * @param {object} app
 * @param {string} app.name the application's folder under `apps/`, which is also its output folder under `dist/apps/`
 * @param {{ entryName: string, entryPath: string }[]} [app.additionalEntryPoints] more bundles built beside `main`
 */
function nodeAppWebpackConfig({ name, additionalEntryPoints }) {
  return {
    output: {
      path: join(__dirname, '../../dist/apps', name),
      clean: true,
      ...(process.env.NODE_ENV !== 'production' && {
        devtoolModuleFilenameTemplate: '[absolute-resource-path]',
      }),
    },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        ...(additionalEntryPoints && { additionalEntryPoints }),
        tsConfig: './tsconfig.app.json',
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        sourceMap: true,
      }),
    ],
  };
}

module.exports = { nodeAppWebpackConfig };
