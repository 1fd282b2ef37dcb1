const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-maturity-data-access', __dirname);
