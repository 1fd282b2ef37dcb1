const { nodeProject } = require('../../../tools/test/jest-project.cjs');

module.exports = nodeProject('server-reminders', __dirname);
