import { frameworkScenario } from './scenario.js';

describe('Plain HTML / CMS markup', () => frameworkScenario('html'));
