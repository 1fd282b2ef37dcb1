const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-consultants-feature', __dirname);
