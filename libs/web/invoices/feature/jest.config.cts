const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-invoices-feature', __dirname);
