import { frameworkScenario } from './scenario.js';

describe('Preact 10 (gigya-logout/preact-jsx)', () => frameworkScenario('preact'));
