const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-reminders-feature', __dirname);
