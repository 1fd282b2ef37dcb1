const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-auth-data-access', __dirname);
