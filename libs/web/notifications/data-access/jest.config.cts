const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-notifications-data-access', __dirname);
