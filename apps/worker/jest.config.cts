const { nodeProject } = require('../../tools/test/jest-project.cjs');

module.exports = nodeProject('worker', __dirname);
