const { nodeProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = nodeProject('server-core-mail', __dirname);
