const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-shared-i18n', __dirname);
