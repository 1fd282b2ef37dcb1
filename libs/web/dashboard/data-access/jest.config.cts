const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-dashboard-data-access', __dirname);
