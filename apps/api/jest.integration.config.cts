const integrationConfig = require('../../tools/test/jest-integration.cjs');

module.exports = integrationConfig('api-integration', __dirname);
