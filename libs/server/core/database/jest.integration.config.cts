const integrationConfig = require('../../../../tools/test/jest-integration.cjs');

module.exports = integrationConfig('database-integration', __dirname);
