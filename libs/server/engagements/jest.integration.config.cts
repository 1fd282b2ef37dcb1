const integrationConfig = require('../../../tools/test/jest-integration.cjs');

module.exports = integrationConfig('engagements-integration', __dirname);
