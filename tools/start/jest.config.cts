const { nodeProject } = require('../test/jest-project.cjs');

module.exports = nodeProject('start', __dirname);
