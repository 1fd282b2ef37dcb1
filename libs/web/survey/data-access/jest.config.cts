const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-survey-data-access', __dirname);
