const integrationConfig = require('../../../tools/test/jest-integration.cjs');

module.exports = integrationConfig('survey-integration', __dirname);
