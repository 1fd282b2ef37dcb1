const { nodeProject } = require('../../tools/test/jest-project.cjs');

module.exports = nodeProject('api', __dirname);
