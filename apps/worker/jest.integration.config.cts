const integrationConfig = require('../../tools/test/jest-integration.cjs');

module.exports = integrationConfig('worker-integration', __dirname);
