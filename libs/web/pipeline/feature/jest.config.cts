const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-pipeline-feature', __dirname);
