const integrationConfig = require('../../../tools/test/jest-integration.cjs');

module.exports = integrationConfig('consultants-integration', __dirname);
