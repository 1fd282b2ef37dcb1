const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-communes-data-access', __dirname);
