const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-survey-feature', __dirname);
