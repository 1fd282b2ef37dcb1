const { angularProject } = require('../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-ui-material', __dirname);
