const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-my-communes-feature', __dirname);
