const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-admin-data-access', __dirname);
