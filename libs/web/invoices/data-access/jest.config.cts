const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-invoices-data-access', __dirname);
