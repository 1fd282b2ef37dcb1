const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-campaigns-data-access', __dirname);
