const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-reminders-data-access', __dirname);
