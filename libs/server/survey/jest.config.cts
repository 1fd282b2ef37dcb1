const { nodeProject } = require('../../../tools/test/jest-project.cjs');

module.exports = nodeProject('server-survey', __dirname);
