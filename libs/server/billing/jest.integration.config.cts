const integrationConfig = require('../../../tools/test/jest-integration.cjs');

module.exports = integrationConfig('billing-integration', __dirname);
