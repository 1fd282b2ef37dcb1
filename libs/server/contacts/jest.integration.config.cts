const integrationConfig = require('../../../tools/test/jest-integration.cjs');

module.exports = integrationConfig('contacts-integration', __dirname);
