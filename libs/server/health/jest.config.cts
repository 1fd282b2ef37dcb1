const { nodeProject } = require('../../../tools/test/jest-project.cjs');

module.exports = nodeProject('server-health', __dirname);
