const integrationConfig = require('../../../tools/test/jest-integration.cjs');

module.exports = integrationConfig('campaigns-integration', __dirname);
