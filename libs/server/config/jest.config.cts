const { nodeProject } = require('../../../tools/test/jest-project.cjs');

module.exports = nodeProject('server-config', __dirname);
