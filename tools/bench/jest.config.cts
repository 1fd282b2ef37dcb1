const { nodeProject } = require('../test/jest-project.cjs');

module.exports = nodeProject('bench', __dirname);
