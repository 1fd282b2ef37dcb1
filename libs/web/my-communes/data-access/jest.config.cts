const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-my-communes-data-access', __dirname);
