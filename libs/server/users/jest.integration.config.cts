const integrationConfig = require('../../../tools/test/jest-integration.cjs');

module.exports = integrationConfig('users-integration', __dirname);
