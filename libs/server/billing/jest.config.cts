const { nodeProject } = require('../../../tools/test/jest-project.cjs');

module.exports = nodeProject('server-billing', __dirname);
