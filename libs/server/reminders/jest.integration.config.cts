const integrationConfig = require('../../../tools/test/jest-integration.cjs');

module.exports = integrationConfig('reminders-integration', __dirname);
