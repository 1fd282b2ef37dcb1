const { angularProject } = require('../../../../tools/test/jest-project.cjs');

module.exports = angularProject('web-engagements-feature-team', __dirname);
