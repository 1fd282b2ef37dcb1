const integrationConfig = require('../../../tools/test/jest-integration.cjs');

module.exports = integrationConfig('communes-integration', __dirname);
