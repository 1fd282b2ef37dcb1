const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-campaigns-feature', __dirname);
