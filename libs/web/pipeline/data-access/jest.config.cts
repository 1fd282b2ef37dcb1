const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-pipeline-data-access', __dirname);
