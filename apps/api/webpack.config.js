const { nodeAppWebpackConfig } = require('../../tools/webpack/node-app.cjs');

module.exports = nodeAppWebpackConfig({
  name: 'api',
  // The database commands (migrate, seed-demo) share the API's compiled entities.
  additionalEntryPoints: [{ entryName: 'db', entryPath: './src/db.ts' }],
});
